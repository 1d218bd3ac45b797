// Refusals of the Enterprise-Edition calls, with Alibaba's code, HTTP status and message where the reference has
// them (docs/reference/enterprise-edition.md §2, each step's error list). Codes the sources do not give are
// marked INVENTED here and listed in mocks/FIDELITY.md §8.
import { CloudError } from './cloud-error';

const e = (status: number, code: string, message: string) => new CloudError(status, code, message);

export const trErrors = {
  // ── service (§2 step 0) ─────────────────────────────────────────────────────────────────────────
  // "Forbbiden" is Alibaba's spelling.
  serviceNotOpen: () =>
    e(400, 'Forbbiden.TransitRouterServiceNotOpen', 'The user has not open transit router service.'),
  ownerServiceNotOpen: () =>
    e(
      400,
      'Forbidden.ResourceOwnerTransitRouterServiceNotOpen',
      'The resource owner user has not opened transit router service.',
    ),
  // "ORDER.OPEND": already on (TF data source); status and message INVENTED.
  alreadyOpen: () => e(400, 'ORDER.OPEND', 'The transit router service has already been opened.'),
  dryRun: () => e(400, 'DryRunOperation', 'Request validation has been passed with DryRun flag set.'),
  // ── routers (§2 step 2) ─────────────────────────────────────────────────────────────────────────
  routerExists: () => e(400, 'InstanceExist.TransitRouterInstance', 'The instance already exists.'),
  cenFullLevel: () =>
    e(
      400,
      'OperationUnsupported.CenFullLevel',
      'The CEN instance with FULL protection level is not supported.',
    ),
  cenNotFound: () => e(400, 'InvalidCenId.NotFound', 'The specified CEN instance does not exist.'),
  routerNotFound: () =>
    e(400, 'InvalidTransitRouterId.NotFound', 'The specified TransitRouterId does not exist.'),
  routerStatus: () =>
    e(400, 'IncorrectStatus.TransitRouter', 'The transit router is not in a valid state for the operation.'),
  routerInstanceStatus: () =>
    e(
      400,
      'IncorrectStatus.TransitRouterInstance',
      'The transit router instance is not in a valid state for the operation.',
    ),
  routerHasAttachments: () =>
    e(
      400,
      'InvalidOperation.AttachedChildInstanceExist',
      'The transit router still has attachments. Delete them first.',
    ),
  /** A Basic-Edition router asked to do an Enterprise-Edition job, or the reverse (§2 steps 5 and 8). */
  routerType: () =>
    e(
      400,
      'OperationUnsupported.TransitRouterType',
      'The operation is not supported by this transit router type.',
    ),
  peerRouterType: () =>
    e(
      400,
      'OperationUnsupported.TransitRouterId',
      'The specified transit router does not support this operation.',
    ),
  missingRouter: () =>
    e(400, 'MissingParam.CenIdOrRegionId', 'TransitRouterId, or CenId and RegionId, must be specified.'),
  // INVENTED: the CEN still holds transit routers.
  cenHasRouters: () =>
    e(
      409,
      'DependencyViolation.TransitRouter',
      'The CEN instance still has transit routers. Delete them first.',
    ),
  // INVENTED: a Basic-Edition call on a CEN or a region that uses Enterprise Edition.
  basicRefused: () =>
    e(
      400,
      'OperationUnsupported.TransitRouterType',
      'The operation is not supported by this transit router type: this CEN uses Enterprise Edition transit routers in that region. Use CreateTransitRouterVpcAttachment and CreateTransitRouterPeerAttachment.',
    ),
  // ── grants (§2 step 3; the table is UNCONFIRMED, §4 item 2) ────────────────────────────────────
  grantNotFound: () =>
    e(400, 'OperationFailed.GrantCrossAccountNotExist', 'The cross-account grant does not exist.'),
  // INVENTED (the VPC grant's mock code, mocks/FIDELITY.md §4): the same VPC granted to the same CEN twice.
  grantExists: () =>
    e(
      400,
      'InvalidOperation.GrantRuleExist',
      'The instance has already been granted to the specified CEN instance.',
    ),
  // UNCONFIRMED: TF retries IncorrectStatus on a revoke while attached (the VPC grant's rule).
  grantInUse: () => e(400, 'IncorrectStatus', 'Current Instance status does not support this operation.'),
  instanceNotFound: () => e(404, 'InvalidInstanceId.NotFound', 'Specified Instance does not exist.'),
  // INVENTED (§4 item 1): Basic Edition's code for an attach without a matching grant.
  notGranted: () =>
    e(
      409,
      'Forbbiden.AttachChildInstanceAcrossUid',
      'Operation is invalid because the child-instance is not authorized to CEN.',
    ),
  // ── VPC attachments (§2 step 5) ─────────────────────────────────────────────────────────────────
  // INVENTED: the VPC is not in that account and region.
  vpcNotFound: () => e(400, 'IllegalParam.VpcId', 'The specified VpcId is illegal.'),
  vSwitchNotFound: () => e(404, 'InvalidVSwitchId.NotFound', 'The specified vSwitch does not exist.'),
  zoneMismatch: () => e(400, 'IllegalParam.ZoneId', 'The specified ZoneId is illegal.'),
  duplicatedZone: () => e(400, 'Duplicated.ZoneMapping', 'The zone mappings are duplicated.'),
  // Listed on the API page (§2 step 5); the message is INVENTED.
  noFreeIp: () => e(400, 'InsufficientIpAddr.vsw', 'The specified vSwitch has no available IP address.'),
  // INVENTED: Basic Edition's code for a network already in a CEN.
  vpcAttached: () =>
    e(
      409,
      'InvalidOperation.ChildInstanceAlreadyAttached',
      'Operation is invalid because the child-instance has already been attached to another CEN.',
    ),
  attachmentNotFound: () =>
    e(404, 'InvalidAttachmentId.NotFound', 'The specified attachment does not exist.'),
  attachmentStatus: () =>
    e(
      400,
      'IncorrectStatus.AttachmentOrRouteTable',
      'The attachment or the route table is not in a valid state for the operation.',
    ),
  // INVENTED: delete refused while the attachment is still associated or propagating (§2 teardown).
  attachmentInUse: () =>
    e(
      400,
      'DependencyViolation.TransitRouterAttachment',
      'The attachment is still associated with or propagating to a route table, or the next hop of a VPC route. Dissociate it, disable the propagation and delete the routes first, or delete with Force.',
    ),
  // ── route tables (§2 step 6) ────────────────────────────────────────────────────────────────────
  routeTableNotFound: () =>
    e(404, 'InvalidRouteTableId.NotFound', 'The specified route table does not exist.'),
  otherRouterTable: () =>
    e(
      400,
      'IllegalParam.TransitRouterTableId',
      'The route table does not belong to the transit router of the attachment.',
    ),
  associationExists: () =>
    e(400, 'AssociationExist.TransitRouterTable', 'The specified association already exists.'),
  // INVENTED: the three below.
  associationNotFound: () =>
    e(404, 'AssociationNotExist.TransitRouterTable', 'The specified association does not exist.'),
  propagationExists: () =>
    e(400, 'PropagationExist.TransitRouterTable', 'The specified propagation already exists.'),
  propagationNotFound: () =>
    e(404, 'PropagationNotExist.TransitRouterTable', 'The specified propagation does not exist.'),
  // ── peer attachments (§2 step 8) ────────────────────────────────────────────────────────────────
  peerNotFound: () =>
    e(400, 'InvalidPeerTransitRouterId.NotFound', 'The specified PeerTransitRouterId does not exist.'),
  illegalPeer: () =>
    e(400, 'IllegalParam.PeerTransitRouterId', 'The specified PeerTransitRouterId is illegal.'),
  illegalPeerRegion: () => e(400, 'IllegalParam.PeerRegionId', 'The specified PeerRegionId is illegal.'),
  missingBandwidth: () => e(400, 'MissingParam.Bandwidth', 'Bandwidth must be specified.'),
  illegalBandwidth: () => e(400, 'IllegalParam.Bandwidth', 'The specified Bandwidth is illegal.'),
  illegalPackage: () =>
    e(400, 'IllegalParam.CenBandwidthPackageId', 'The specified CenBandwidthPackageId is illegal.'),
  packageNotAssociated: () =>
    e(
      400,
      'InvalidOperation.BwpNotAssociated',
      'The bandwidth package is not associated with the CEN instance, or does not cover the areas of both regions.',
    ),
  packageExceeded: (left: number) =>
    e(
      400,
      'InvalidOperation.BwpBandwidthExceeded',
      `The bandwidth exceeds what is left of the bandwidth package (${left} Mbit/s).`,
    ),
  goldOnly: () =>
    e(
      400,
      'ParameterIllegal.BandwidthPackageDefaultLinkTypeOnlySupportGold',
      'With BandwidthType BandwidthPackage, DefaultLinkType can only be Gold.',
    ),
  // INVENTED: the two routers are already connected.
  peerExists: () =>
    e(400, 'InstanceExist.TransitRouterPeerAttachment', 'The two transit routers are already connected.'),
  // ── VPC routes towards an attachment (§2 step 10 b) ────────────────────────────────────────────
  vpcRouteTableNotFound: () =>
    e(404, 'InvalidRouteTableId.NotFound', 'The specified route table does not exist.'),
  // INVENTED: the next hop is not an Attached VPC attachment of this VPC.
  nextHopNotFound: () => e(400, 'InvalidNextHopId.NotFound', 'The specified next hop does not exist.'),
  // INVENTED: only NextHopType=Attachment is modelled.
  nextHopTypeUnsupported: () =>
    e(400, 'OperationUnsupported.NextHopType', 'The mock cloud models only NextHopType=Attachment.'),
  routeDuplicated: () =>
    e(
      400,
      'RouterEntryConflict.Duplicated',
      'The route entry conflicts with an existing one: same destination.',
    ),
  // INVENTED code; TF retries IncorrectRouteEntryStatus.
  routeNotFound: () => e(404, 'InvalidRouteEntry.NotFound', 'The specified route entry does not exist.'),
  routeStatus: () =>
    e(400, 'IncorrectRouteEntryStatus', 'The route entry is not in a valid state for the operation.'),
};
