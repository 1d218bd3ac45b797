// Alibaba's error envelope and the plain-language hints the console shows beside the verbatim code.
// Codes and statuses: docs/reference/cen-api.md §1.4 and §4. Codes are shown exactly as the cloud sends
// them — including "Forbbiden.AttachChildInstanceAcrossUid", whose typo is Alibaba's (the
// AttachCenChildInstance API page, docs/reference/cen-api.md §2 step 3), not ours.
import { z } from 'zod';

/** The gateway's error body (docs/reference/cen-api.md §1.4). */
export const cloudErrorBodySchema = z.looseObject({
  RequestId: z.string().optional(),
  HostId: z.string().optional(),
  Code: z.string(),
  Message: z.string().optional(),
  Recommend: z.string().optional(),
});
export type CloudErrorBody = z.infer<typeof cloudErrorBodySchema>;

/** What the BFF returns to the browser for any failure, cloud or local. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
  httpStatus: z.number(),
  recommend: z.string().optional(),
  hint: z.string().optional(),
  /** Field-level messages for a refused request (path → message). */
  fields: z.record(z.string(), z.string()).optional(),
  /** Where the failure happened: the cloud answered, or the BFF refused before signing. */
  source: z.enum(['cloud', 'bff', 'network']),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const apiErrorResponseSchema = z.object({ error: apiErrorSchema });

export function recommendUrl(code: string): string {
  return `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}`;
}

/** Codes Alibaba's own tooling retries (Terraform's errors.go NeedRetry; docs/reference/cen-api.md §3). */
export function isRetryableCode(code: string, httpStatus: number): boolean {
  return (
    /Throttling/.test(code) ||
    code === 'ServiceUnavailable' ||
    code === 'Operation.Blocking' ||
    httpStatus >= 500
  );
}

const HINTS: Record<string, string> = {
  'Forbbiden.AttachChildInstanceAcrossUid':
    'Account B has not authorized this CEN yet — do step 2 (GrantInstanceToCen) for this network, with this CEN ID and Account A’s UID.',
  'InvalidOperation.ChildInstanceAlreadyAttached':
    'This network is already attached to a CEN. Detach it there first, or adopt that CEN.',
  'InvalidOperation.CenInstanceStatus':
    'The CEN instance is still changing (for example Creating). Wait until it is Active, then retry.',
  'InvalidOperation.ChildInstanceStatus':
    'The network is still changing (for example Attaching). Wait, then retry.',
  'Operation.Blocking': 'Another operation on this CEN is in progress. Retry in a few seconds — it is safe.',
  'InvalidOperation.BwpForGeoSpanAlreadyAssociated':
    'This CEN already has a bandwidth package for this pair of areas. Use it instead of buying another.',
  'InvalidOperation.CenBandwidthLimitsNotZero':
    'Set every region connection of this package to 0 before unassociating or deleting it.',
  'InvalidAccessKeyId.NotFound':
    'The AccessKey ID configured for this account does not exist. Check the server’s account configuration.',
  SignatureDoesNotMatch:
    'The AccessKey secret configured for this account is wrong, or a proxy changed the request. Run `npm run --silent sign` to compare the string to sign.',
  'InvalidTimeStamp.Expired':
    'The server’s clock is more than 15 minutes off. Synchronise it (NTP) and retry.',
  SignatureNonceUsed: 'A request was replayed. Retry; a new nonce is used each time.',
  'Throttling.User': 'The cloud is throttling this account. The console retries with backoff; wait a moment.',
  Throttling: 'The cloud is throttling requests. The console retries with backoff; wait a moment.',
  'Forbidden.RAM':
    'This account’s keys lack the RAM permission for this action. Grant it in RAM, or use another key.',
  Unauthorized: 'This account’s keys are not authorized for this action.',
  'InvalidInstanceId.NotFound':
    'Account B has no such network in this region. Check the region and the network ID.',
  'QuotaExceeded.CbnGrantRules': 'This network has reached its quota of CEN grants.',
  TaskConflict: 'Too many operations at once on this network. Retry in a few seconds.',
  'OperationInvalid.UserCanNotBuyCrossBorderBwp':
    'This account may not buy a cross-border bandwidth package. Choose areas inside one border, or contact Alibaba Cloud.',
  ParameterError: 'The network is not attached to this CEN.',
  'ParameterIllegal.CenInstanceId': 'No CEN instance with this ID exists for Account A (or it was deleted).',
  // The codes below are the mock cloud's, where Alibaba documents none (mocks/FIDELITY.md marks them invented).
  'InvalidOperation.CidrBlockConflict':
    'A network with an identical CIDR block is already in this CEN; identical blocks are refused under REDUCED protection. Attach a network with a different CIDR.',
  'InvalidOperation.BandwidthLimitExceeded':
    'The region connections would use more bandwidth than the package has. Lower this connection or another one.',
  'InvalidOperation.RegionNotInGeoSpan':
    "These regions are not in the bandwidth package's interconnected areas. Choose regions inside them, or buy a package for these areas.",
  'InvalidOperation.BwpNotAssociated':
    'This CEN has no bandwidth package for these areas yet — do step 4 (buy and associate one) first.',
  'InvalidOperation.GrantRuleExist':
    'Account B has already authorized this CEN for this network — nothing to do.',
  ParameterInstanceId: 'That network is not attached to this CEN.',
  ParameterBwpInstanceId: 'No bandwidth package with this ID exists for Account A.',
  'InstanceState.NotRunning': 'The ECS instance is not running; start it, then test again.',
};

export function hintFor(code: string): string | undefined {
  return HINTS[code];
}

/** The codes that have a hint (the console's Chinese table must cover the same ones). */
export function hintCodes(): string[] {
  return Object.keys(HINTS);
}
