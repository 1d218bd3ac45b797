// What each ClientToken is for. The console makes one token per purpose and keeps it (web/state/progress-store.ts)
// so that a retry of the same write sends the same token and the cloud answers the first result instead of doing
// it twice (docs/reference/cen-api.md §2 step 1). The steps, the setup plan and the teardown name the purposes here,
// so the plan preview shows the very token the step's click sends.
export const TOKEN_PURPOSE = {
  createCen: 'step1.CreateCen',
  grant: (cenId: string, instanceId: string) => `step2.GrantInstanceToCen:${cenId}:${instanceId}`,
  createPackage: 'step4.CreateCenBandwidthPackage',
  revoke: (cenId: string, instanceId: string) => `teardown.RevokeInstanceFromCen:${cenId}:${instanceId}`,
} as const;
