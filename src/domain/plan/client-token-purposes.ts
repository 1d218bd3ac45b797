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

/**
 * The Enterprise-Edition writes' purposes (enterprise-setup-calls.ts), each naming the CEN it is for, so that a
 * token kept from a run on another CEN is never sent again with different parameters.
 */
export const ENTERPRISE_TOKEN_PURPOSE = {
  openService: (account: string) => `step1.OpenTransitRouterService:${account}`,
  createRouter: (cenId: string, regionId: string) => `step1.CreateTransitRouter:${cenId}:${regionId}`,
  attachVpc: (cenId: string, vpcId: string) => `step3.CreateTransitRouterVpcAttachment:${cenId}:${vpcId}`,
  /** `attachment` is a VPC ID for a VPC attachment, 'peer' for the peer attachment; `side` the router's. */
  tableLink: (link: 'associate' | 'propagate', cenId: string, attachment: string, side: string) =>
    `${attachment === 'peer' ? 'step5' : 'step3'}.${link === 'associate' ? 'AssociateTransitRouterAttachmentWithRouteTable' : 'EnableTransitRouterRouteTablePropagation'}:${cenId}:${attachment}:${side}`,
  /** The zone and block are part of it: a new proposal after another vSwitch appeared is a new write. */
  createVSwitch: (vpcId: string, zoneId: string, cidrBlock: string) =>
    `step3.CreateVSwitch:${vpcId}:${zoneId}:${cidrBlock}`,
  createPeer: (cenId: string) => `step5.CreateTransitRouterPeerAttachment:${cenId}`,
  createRoute: (vpcId: string, destination: string) => `step5.CreateRouteEntry:${vpcId}:${destination}`,
} as const;
