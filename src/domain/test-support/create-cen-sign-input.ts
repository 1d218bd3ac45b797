// The unsigned request the signer's tests start from: CreateCen on the central CBN endpoint, API version 2017-09-12
// (docs/reference/cen-api.md §1.1), with a fixed nonce and clock so that every signed byte is predictable.
// The signing tests (signing.test.ts) and the gateway's round trip (signature-check.test.ts) vary it per case.
import type { SignInput } from '../openapi/signing';

export const CREATE_CEN_SIGN_INPUT: SignInput = {
  style: 'v3',
  method: 'POST',
  host: 'cbn.aliyuncs.com',
  action: 'CreateCen',
  version: '2017-09-12',
  accessKeyId: 'AK',
  accessKeySecret: 'SK',
  nonce: 'n-1',
  timestamp: '2026-11-25T10:00:00Z',
};
