// What the API gateway does with a signed request, for the mock cloud: recompute the signature from what was
// RECEIVED (decoded parameters re-encoded, headers as sent) and compare. Errors are the gateway's own
// (docs/reference/cen-api.md §4): unknown key → 404 InvalidAccessKeyId.NotFound, wrong signature → 400 SignatureDoesNotMatch
// with the server's string to sign, missing signing parameters → 400 MissingParameter. Timestamp window and
// nonce reuse need a clock and state, so they stay with the mock; this returns timestamp and nonce for them.
import { v1Signature } from './sign-v1-hmac-sha1';
import { ACS3_ALGORITHM, v3Sign } from './sign-v3-acs3';
import type { CryptoPrimitives } from './signing';
import { v1StringToSign } from './signing-canonical';

export interface ReceivedRequest {
  method: string;
  host: string;
  pathname: string;
  /** Decoded query pairs in arrival order. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Header names lowercased. */
  headers: Readonly<Record<string, string>>;
  /** Raw body text ("" when there is none). */
  body: string;
}

export type SignatureCheck =
  | {
      ok: true;
      style: 'v3' | 'v1';
      accessKeyId: string;
      securityToken?: string;
      action: string;
      version: string;
      /** v1 Timestamp or v3 x-acs-date, as sent. */
      timestamp: string;
      /** v1 SignatureNonce or v3 x-acs-signature-nonce. */
      nonce: string;
      /** Business parameters from the query and the form body, without the signing/common parameters. */
      params: Record<string, string>;
    }
  | { ok: false; code: string; httpStatus: number; message: string };

type Failure = Extract<SignatureCheck, { ok: false }>;

const missing = (name: string): Failure => ({
  ok: false,
  code: 'MissingParameter',
  httpStatus: 400,
  message: `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
});

const incomplete = (): Failure => ({
  ok: false,
  code: 'IncompleteSignature',
  httpStatus: 400,
  message: 'The request signature does not conform to Aliyun standards.',
});

const keyNotFound = (): Failure => ({
  ok: false,
  code: 'InvalidAccessKeyId.NotFound',
  httpStatus: 404,
  message: 'Specified access key is not found.',
});

const mismatch = (stringToSign: string): Failure => ({
  ok: false,
  code: 'SignatureDoesNotMatch',
  httpStatus: 400,
  message: `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
});

/** Same length and same characters, without stopping at the first difference. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Query pairs then form-body pairs into one map; a later name wins, as in the SDK's `{...query, ...body}`. */
function receivedParams(req: ReceivedRequest): {
  query: Record<string, string>;
  all: Record<string, string>;
} {
  const query: Record<string, string> = {};
  for (const [k, v] of req.query) query[k] = v;
  const all: Record<string, string> = { ...query };
  const contentType = req.headers['content-type'] ?? '';
  if (req.body !== '' && contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(req.body)) all[k] = v;
  }
  return { query, all };
}

// v1 parameters that are not business parameters (the RPC signature doc's common parameters).
const V1_COMMON = new Set([
  'Action',
  'Version',
  'Format',
  'Timestamp',
  'SignatureNonce',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureType',
  'AccessKeyId',
  'SecurityToken',
  'Signature',
]);

function checkV1(
  req: ReceivedRequest,
  lookupSecret: (accessKeyId: string) => string | undefined,
  crypto: CryptoPrimitives,
): SignatureCheck {
  const { all } = receivedParams(req);
  for (const name of [
    'Action',
    'Version',
    'AccessKeyId',
    'Signature',
    'SignatureMethod',
    'SignatureVersion',
    'SignatureNonce',
    'Timestamp',
  ]) {
    if (all[name] === undefined || all[name] === '') return missing(name);
  }
  if (all.SignatureMethod !== 'HMAC-SHA1' || all.SignatureVersion !== '1.0') return incomplete();
  const accessKeyId = all.AccessKeyId as string;
  const secret = lookupSecret(accessKeyId);
  if (secret === undefined) return keyNotFound();

  const signed: Record<string, string> = {};
  const params: Record<string, string> = {};
  for (const key of Object.keys(all)) {
    const value = all[key] as string;
    if (key !== 'Signature') signed[key] = value;
    if (!V1_COMMON.has(key)) params[key] = value;
  }
  const stringToSign = v1StringToSign(req.method, signed);
  if (!sameText(v1Signature(stringToSign, secret, crypto), all.Signature as string))
    return mismatch(stringToSign);

  const ok: SignatureCheck = {
    ok: true,
    style: 'v1',
    accessKeyId,
    action: all.Action as string,
    version: all.Version as string,
    timestamp: all.Timestamp as string,
    nonce: all.SignatureNonce as string,
    params,
  };
  if (all.SecurityToken) ok.securityToken = all.SecurityToken;
  return ok;
}

const AUTHORIZATION = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]*),Signature=([0-9a-fA-F]+)$/;

// Headers an ACS3 request must carry, and sign (the V3 signature doc's common request headers).
const V3_REQUIRED = [
  'host',
  'x-acs-action',
  'x-acs-version',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-content-sha256',
];

function checkV3(
  req: ReceivedRequest,
  lookupSecret: (accessKeyId: string) => string | undefined,
  crypto: CryptoPrimitives,
): SignatureCheck {
  const match = AUTHORIZATION.exec((req.headers.authorization ?? '').trim());
  if (!match) return incomplete();
  const [, accessKeyId = '', signedList = '', signature = ''] = match;
  // The Host header may be missing from what an interceptor hands over; the host the request went to is it.
  const headers: Record<string, string> = { host: req.host, ...req.headers };
  for (const name of V3_REQUIRED) {
    if (!headers[name]) return missing(name);
  }
  const signedNames = signedList.split(';');
  // Every x-acs-* header sent must be signed, or a replayed request could change e.g. the nonce.
  for (const name of Object.keys(headers)) {
    if ((name === 'host' || name.startsWith('x-acs-')) && !signedNames.includes(name)) return incomplete();
  }
  const secret = lookupSecret(accessKeyId);
  if (secret === undefined) return keyNotFound();

  // Canonical headers from the headers the client says it signed, with the values that arrived.
  const signedHeaders: Record<string, string> = {};
  for (const name of signedNames) {
    const value = headers[name];
    if (value === undefined) return incomplete();
    signedHeaders[name] = value;
  }
  const { query, all } = receivedParams(req);
  // The payload line is the hash of the body as received: a body changed in transit, or an
  // x-acs-content-sha256 that does not describe it, makes the signatures differ.
  const payloadHash = crypto.sha256Hex(req.body);
  const computed = v3Sign(
    { method: req.method, pathname: req.pathname, query, headers: signedHeaders, payloadHash },
    secret,
    crypto,
  );
  if (
    !sameText(computed.signature, signature.toLowerCase()) ||
    headers['x-acs-content-sha256'] !== payloadHash
  ) {
    return mismatch(computed.stringToSign);
  }

  const ok: SignatureCheck = {
    ok: true,
    style: 'v3',
    accessKeyId,
    action: headers['x-acs-action'] as string,
    version: headers['x-acs-version'] as string,
    timestamp: headers['x-acs-date'] as string,
    nonce: headers['x-acs-signature-nonce'] as string,
    params: all,
  };
  const token = headers['x-acs-security-token'];
  if (token) ok.securityToken = token;
  return ok;
}

/**
 * Verifies a received RPC request. Style: an Authorization header starting with ACS3-HMAC-SHA256 → v3;
 * otherwise v1 (Signature and the other common parameters in the query or form body), whose first missing
 * mandatory parameter is reported as MissingParameter.
 */
export function checkSignature(
  req: ReceivedRequest,
  lookupSecret: (accessKeyId: string) => string | undefined,
  crypto: CryptoPrimitives,
): SignatureCheck {
  const authorization = req.headers.authorization;
  try {
    if (authorization !== undefined && authorization.startsWith(ACS3_ALGORITHM)) {
      return checkV3(req, lookupSecret, crypto);
    }
    return checkV1(req, lookupSecret, crypto);
  } catch (e) {
    // encodeURIComponent throws URIError on a lone surrogate: nothing with one can have been signed.
    if (e instanceof URIError) return incomplete();
    throw e;
  }
}
