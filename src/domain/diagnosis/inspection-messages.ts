// How a refused Describe reads to the user: which account, which call, which code — and what to do about it.
// RAM refusals are Forbidden.RAM (403) or Unauthorized (400) (docs/reference/cen-api.md §4); anything else is
// worth a retry.
import type { InspectionFailure } from './inspection';
import type { Message } from './messages';
import type { Fix } from './verdicts';

const PERMISSION_CODES = /^(Forbidden|NoPermission|Unauthorized|InvalidAccessKeyId|SignatureDoesNotMatch)/;

export function isPermissionFailure(f: InspectionFailure): boolean {
  return PERMISSION_CODES.test(f.code);
}

export function notInspectedMessage(f: InspectionFailure): Message {
  return { key: 'common.notInspected', params: { account: f.account, action: f.action, code: f.code } };
}

export function inspectionFix(f: InspectionFailure): Fix {
  return {
    message: isPermissionFailure(f)
      ? { key: 'common.notInspected.permission.fix', params: { account: f.account, action: f.action } }
      : { key: 'common.notInspected.retry.fix', params: { action: f.action } },
  };
}
