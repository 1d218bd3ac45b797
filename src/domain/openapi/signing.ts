// The request signer for Alibaba Cloud RPC APIs. Pure: the clock, the nonce and the hash functions are inputs, so
// the same code runs in the BFF, in tests with fixed vectors and (for checking) in the mock.
// Two algorithms, each producing the request @alicloud/openapi-client 0.4.15 produces for Style "RPC":
// - v3 "ACS3-HMAC-SHA256" (Client.doRequest, the SDK default; sign-v3-acs3.ts): business parameters in the query,
//   x-acs-* headers, Authorization header (openapi-util getAuthorization; "Request syntax and signature method V3").
// - v1 "HMAC-SHA1, SignatureVersion 1.0" (Client.doRPCRequest, signatureAlgorithm "v2"; sign-v1-hmac-sha1.ts):
//   common parameters and the Signature in the query (openapi-util getRPCSignature; the RPC signature doc;
//   docs/reference/cen-api.md §1.2).
// The canonical forms both share: signing-canonical.ts.
import { flattenParams } from './flatten';
import { wellFormedIssue } from './param-limits';
import { signV1 } from './sign-v1-hmac-sha1';
import { signV3 } from './sign-v3-acs3';

/** Hash functions the signer needs; src/server/node-crypto.ts implements them with node:crypto. */
export interface CryptoPrimitives {
  /** HMAC of the UTF-8 bytes of data under the UTF-8 bytes of key. */
  hmac(alg: 'sha1' | 'sha256', key: string, data: string): Uint8Array;
  /** Lowercase hex SHA-256 of the UTF-8 bytes of a string, or of the bytes given. */
  sha256Hex(data: string | Uint8Array): string;
}

export type SignatureStyle = 'v3' | 'v1';

export interface SignInput {
  style: SignatureStyle;
  method: 'GET' | 'POST';
  /** Endpoint host, e.g. "cbn.aliyuncs.com" (a port may follow for a local mock). */
  host: string;
  action: string;
  version: string;
  /** Nested business parameters, sent in the query string (flattened the SDK's way). */
  params?: Readonly<Record<string, unknown>>;
  /** Nested parameters sent as an application/x-www-form-urlencoded body (POST only). */
  body?: Readonly<Record<string, unknown>>;
  /** Extra headers, e.g. x-acs-* ones; x-acs-*, host and content-type headers are signed in v3. */
  headers?: Readonly<Record<string, string>>;
  /** v1 Format parameter. Default 'JSON' (pop-core); openapi-client's doRPCRequest sends 'json'. */
  format?: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token: v1 sends SecurityToken, v3 sends x-acs-security-token (plus x-acs-accesskey-id). */
  securityToken?: string;
  nonce: string;
  /** ISO 8601 UTC without milliseconds, e.g. "2026-11-25T10:00:00Z" (openapi-util getTimestamp). */
  timestamp: string;
  protocol?: 'https' | 'http';
  /** Sent as user-agent where the SDK puts its own; never signed. */
  userAgent?: string;
}

export interface SignedRequest {
  /** Full URL: `https://host/?query` (no "?" when the query is empty). */
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** The exact form body, when SignInput.body was given. */
  body?: string;
  stringToSign: string;
  /** v1: base64 HMAC-SHA1. v3: lowercase hex HMAC-SHA256. */
  signature: string;
  /** v3 only. */
  canonicalRequest?: string;
  /** v3 only: the Authorization header value. */
  authorization?: string;
}

/**
 * A parameter that cannot be percent-encoded: a lone UTF-16 surrogate has no UTF-8 form
 * (docs/reference/cen-api.md §5 "Parameter lengths"). The catalogue's schemas refuse such strings before any
 * signing; this names the parameter (its wire name, Tag.1.Key) should one get here anyway.
 */
export class UnsignableParameterError extends Error {
  constructor(
    readonly parameter: string,
    readonly detail: string,
  ) {
    super(`Parameter ${parameter} ${detail}`);
    this.name = 'UnsignableParameterError';
  }
}

function unsignable(input: SignInput): UnsignableParameterError | undefined {
  for (const nested of [input.params, input.body]) {
    for (const [key, value] of Object.entries(flattenParams(nested))) {
      const detail = wellFormedIssue(key) ?? wellFormedIssue(value);
      if (detail !== undefined) return new UnsignableParameterError(key, detail);
    }
  }
  return undefined;
}

/**
 * Signs one RPC request. Throws for a GET with a form body: the SDK would sign the body but never send it
 * (tea doAction drops GET bodies), so the request could not verify; and UnsignableParameterError for a parameter
 * that cannot be encoded (encodeURIComponent's URIError, which names nothing, never leaves).
 */
export function signRequest(input: SignInput, crypto: CryptoPrimitives): SignedRequest {
  if (input.body && input.method === 'GET') {
    throw new Error('A GET request cannot carry a form body: put the parameters in params.');
  }
  try {
    return input.style === 'v3' ? signV3(input, crypto) : signV1(input, crypto);
  } catch (e) {
    // Looked for only after a failure, so a request that signs pays nothing for the check.
    if (e instanceof URIError) throw unsignable(input) ?? e;
    throw e;
  }
}
