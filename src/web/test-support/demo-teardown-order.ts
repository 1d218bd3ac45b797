// Shared by the web's teardown tests (the runner's and the screen's): the writes a whole Basic-Edition teardown of
// the demo setup sends, in the order the cloud requires (docs/reference/peer-failures.md §1.3): the region
// connection to 0, the package unassociated, both networks detached, the CEN deleted, then B's grant revoked.
export const DEMO_TEARDOWN_ACTIONS = [
  'Cbn.SetCenInterRegionBandwidthLimit',
  'Cbn.UnassociateCenBandwidthPackage',
  'Cbn.DetachCenChildInstance',
  'Cbn.DetachCenChildInstance',
  'Cbn.DeleteCen',
  'Vpc.RevokeInstanceFromCen',
] as const;
