// Refusals the simulator raises, with Alibaba's code, HTTP status and message. Every code is listed with its
// source (or marked INVENTED) in mocks/FIDELITY.md; the section references below point into
// docs/reference/cen-api.md.

export class CloudError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const e = (status: number, code: string, message: string) => new CloudError(status, code, message);

export const errors = {
  // ── gateway (§4) ────────────────────────────────────────────────────────────────────────────────
  missingParameter: (name: string) =>
    e(
      400,
      'MissingParameter',
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
    ),
  invalidParameter: (name: string, detail: string) =>
    e(400, 'InvalidParameter', `The specified parameter "${name}" is not valid. ${detail}`.trim()),
  invalidAction: (action: string) =>
    e(
      404,
      'InvalidAction.NotFound',
      `Specified api is not found, please check your url and method. Action: ${action}`,
    ),
  invalidRegion: () =>
    e(404, 'InvalidRegionId.NotFound', 'The RegionId provided does not exist in our records.'),
  illegalRegion: () => e(400, 'IllegalParam.RegionId', 'The specified RegionId is illegal.'),
  idempotentMismatch: () =>
    e(
      400,
      'IdempotentParameterMismatch',
      'Request uses a client token in a previous request but is not identical to that request.',
    ),
  // ── CBN (§2 step 1–5, §4) ───────────────────────────────────────────────────────────────────────
  cenNotFound: () => e(400, 'ParameterIllegal.CenInstanceId', 'The parameter of CEN instance id is illegal.'),
  cenStatus: () =>
    e(
      409,
      'InvalidOperation.CenInstanceStatus',
      'The CEN instance is not in a valid state for the operation.',
    ),
  childStatus: () =>
    e(
      409,
      'InvalidOperation.ChildInstanceStatus',
      'The child-instance is not in a valid state for the operation.',
    ),
  childNotFound: () => e(400, 'ParameterInstanceId', 'The specified child instance does not exist.'),
  notAuthorized: () =>
    // The "Forbbiden" typo is Alibaba's (DOC-new AttachCenChildInstance), not ours.
    e(
      409,
      'Forbbiden.AttachChildInstanceAcrossUid',
      'Operation is invalid because the child-instance is not authorized to CEN.',
    ),
  alreadyAttached: () =>
    e(
      409,
      'InvalidOperation.ChildInstanceAlreadyAttached',
      'Operation is invalid because the child-instance has already been attached to another CEN.',
    ),
  identicalCidr: (other: string) =>
    e(
      409,
      'InvalidOperation.CidrBlockConflict',
      `Operation is invalid because the CIDR block of the child-instance is identical to that of ${other}, which is not allowed by the protection level of the CEN.`,
    ),
  attributeNotAttached: () => e(404, 'ParameterError', 'The parameter is error.'),
  cenHasChildren: () =>
    e(
      409,
      'DependencyViolation.ChildInstance',
      'The CEN instance still has attached child instances. Detach them first.',
    ),
  cenHasPackages: () =>
    e(
      409,
      'DependencyViolation.BandwidthPackage',
      'The CEN instance still has associated bandwidth packages. Unassociate them first.',
    ),
  // ── bandwidth (§2 step 4–5) ─────────────────────────────────────────────────────────────────────
  packageNotFound: () => e(400, 'ParameterBwpInstanceId', 'The specified bandwidth package does not exist.'),
  packageBusy: () =>
    e(
      409,
      'InvalidOperation.BwpInstanceStatus',
      'The bandwidth package is not in a valid state for the operation.',
    ),
  geoSpanTaken: () =>
    e(
      409,
      'InvalidOperation.BwpForGeoSpanAlreadyAssociated',
      'Operation is invalid because a CEN bandwidth package of the same geographic span is already associated.',
    ),
  limitsNotZero: () =>
    e(
      400,
      'InvalidOperation.CenBandwidthLimitsNotZero',
      'The inter-region bandwidth limits of the bandwidth package are not zero. Set them to 0 first.',
    ),
  noPackage: () =>
    e(
      400,
      'InvalidOperation.BwpNotAssociated',
      'No bandwidth package is associated with the CEN instance for the areas of the specified regions.',
    ),
  outsideAreas: (message: string) => e(400, 'InvalidOperation.RegionNotInGeoSpan', message),
  overBudget: (message: string) => e(400, 'InvalidOperation.BandwidthLimitExceeded', message),
  limitRange: (message: string) => e(400, 'InvalidParameter.BandwidthLimit', message),
  sameRegion: () =>
    e(400, 'InvalidParameter.SameRegion', 'The local region and the opposite region must be different.'),
  // ── VPC grant (§2 step 2) ───────────────────────────────────────────────────────────────────────
  instanceNotFound: () => e(404, 'InvalidInstanceId.NotFound', 'Specified Instance does not exist.'),
  vbrNotFound: () => e(404, 'InvalidVbr.NotFound', 'Specified vbr does not exist.'),
  vbrGrantOtherOwner: () => e(400, 'Invalid.Grant', 'Can not grant to other owner cen.'),
  grantExists: () =>
    e(
      400,
      'InvalidOperation.GrantRuleExist',
      'The instance has already been granted to the specified CEN instance.',
    ),
  incorrectStatus: () =>
    e(400, 'IncorrectStatus', 'Current Instance status does not support this operation.'),
  // ── ECS (§2 step 6) ─────────────────────────────────────────────────────────────────────────────
  securityGroupNotFound: () =>
    e(404, 'InvalidSecurityGroupId.NotFound', 'The specified SecurityGroupId does not exist.'),
  portRange: () => e(400, 'InvalidIpPortRange.Malformed', 'Specified IP port range is not valid.'),
  permissionDuplicate: () => e(400, 'InvalidPermission.Duplicate', 'Specified permission already exists.'),
  ecsInstanceNotFound: () => e(404, 'InvalidInstance.NotFound', 'The specified instance does not exist.'),
  instanceNotRunning: () => e(400, 'InstanceState.NotRunning', 'The specified instance is not running.'),
  invocationNotFound: () => e(404, 'InvalidInvokeId.NotFound', 'The specified invoke ID does not exist.'),
  // ── STS ─────────────────────────────────────────────────────────────────────────────────────────
  roleNotFound: (arn: string) => e(404, 'EntityNotExist.Role', `The role not exists: ${arn}.`),
  noPermission: () =>
    e(403, 'NoPermission', 'You are not authorized to do this action. You should be authorized by RAM.'),
};
