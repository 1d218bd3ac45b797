// The tutorial's step 4 purchase as CreateCenBandwidthPackage parameters: 8 Mbps between Mainland China and Mainland
// China, prepaid for one month (docs/reference/tutorial.md, step 4; the request's area IDs in
// docs/reference/cen-api.md §6). Tests that buy "the package" spread it and add what they vary (Name, ClientToken).
export const TUTORIAL_PACKAGE_PARAMS = {
  Bandwidth: 8,
  GeographicRegionAId: 'China',
  GeographicRegionBId: 'China',
  PricingCycle: 'Month',
  Period: 1,
} as const;
