// The request signer for Alibaba Cloud RPC APIs (issue 3). Pure: the clock, the nonce and the hash functions
// are inputs, so the same code runs in the BFF, in tests with fixed vectors and (for checking) in the mock.
// Two algorithms, each producing the request @alicloud/openapi-client 0.4.15 produces for Style "RPC":
// - v3 "ACS3-HMAC-SHA256" (Client.doRequest, the SDK default): business parameters in the query, x-acs-*
//   headers, Authorization header (openapi-util getAuthorization; "Request syntax and signature method V3").
// - v1 "HMAC-SHA1, SignatureVersion 1.0" (Client.doRPCRequest, signatureAlgorithm "v2"): common parameters and
//   the Signature in the query (openapi-util getRPCSignature; the RPC signature doc; cen-api.md §1.2).
import { flattenParams, type FlatParams } from './flatten';
import { canonicalUri, signEncodeFromWire, toFormString } from './percent-encoding';

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

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

// ---- byte → text, without Buffer (src/domain runs in the browser too) ----

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] as number];
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  const n = bytes.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += B64[v >>> 18]! + B64[(v >>> 12) & 63]! + B64[(v >>> 6) & 63]! + B64[v & 63]!;
  }
  if (i < n) {
    const b0 = bytes[i] as number;
    const b1 = i + 1 < n ? (bytes[i + 1] as number) : 0;
    const v = (b0 << 16) | (b1 << 8);
    out += B64[v >>> 18]! + B64[(v >>> 12) & 63]! + (i + 1 < n ? B64[(v >>> 6) & 63]! : '=') + '=';
  }
  return out;
}

// ---- shared pieces ----

function urlOf(protocol: string, host: string, query: string): string {
  return query === '' ? `${protocol}://${host}/` : `${protocol}://${host}/?${query}`;
}

// ---- v1: HMAC-SHA1, SignatureVersion 1.0 ----

/**
 * The v1 string to sign for flat parameters (openapi-util getRPCSignature):
 * METHOD & %2F & percentEncode(sorted `percentEncode(k)=percentEncode(v)` joined by &).
 * The canonicalized query is percent-encoded a second time, so "%3A" in a value appears as "%253A".
 */
export function v1StringToSign(method: string, params: Readonly<Record<string, string>>): string {
  const keys = Object.keys(params).sort();
  let canonical = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    canonical +=
      (i === 0 ? '' : '&') +
      signEncodeFromWire(encodeURIComponent(key)) +
      '=' +
      signEncodeFromWire(encodeURIComponent(params[key] as string));
  }
  return method + '&%2F&' + encodeURIComponent(canonical);
}

/** base64 HMAC-SHA1 under `secret + "&"` (the RPC signature doc: the key is the AccessKey secret plus "&"). */
export function v1Signature(stringToSign: string, accessKeySecret: string, crypto: CryptoPrimitives): string {
  return toBase64(crypto.hmac('sha1', accessKeySecret + '&', stringToSign));
}

/**
 * Encodes each pair once: appends `wireKey=wireValue` to the wire string and records the signing form
 * `percentEncode(key)=percentEncode(value)` under the raw key (a later pair with the same key replaces it, as
 * `{...query, ...body}` does in the SDK).
 */
function encodePairs(flat: FlatParams, signing: Record<string, string>): string {
  let wire = '';
  for (const key in flat) {
    if (!Object.hasOwn(flat, key)) continue;
    const wireKey = encodeURIComponent(key);
    const wireValue = encodeURIComponent(flat[key] as string);
    wire += (wire === '' ? '' : '&') + wireKey + '=' + wireValue;
    signing[key] = signEncodeFromWire(wireKey) + '=' + signEncodeFromWire(wireValue);
  }
  return wire;
}

/** Sorted signing pairs joined by "&" (JavaScript's default sort, as openapi-util does). */
function joinSorted(signing: Record<string, string>): string {
  const keys = Object.keys(signing).sort();
  let out = '';
  for (let i = 0; i < keys.length; i++) out += (i === 0 ? '' : '&') + signing[keys[i] as string];
  return out;
}

function signV1(input: SignInput, crypto: CryptoPrimitives): SignedRequest {
  // Query order as in Client.doRPCRequest: common parameters, then business parameters (which may override a
  // common one in place), then the credential parameters, then Signature.
  const query: FlatParams = {
    Action: input.action,
    Format: input.format ?? 'JSON',
    Version: input.version,
    Timestamp: input.timestamp,
    SignatureNonce: input.nonce,
  };
  if (input.params) Object.assign(query, flattenParams(input.params));
  if (input.securityToken) query.SecurityToken = input.securityToken;
  query.SignatureMethod = 'HMAC-SHA1';
  query.SignatureVersion = '1.0';
  query.AccessKeyId = input.accessKeyId;

  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-version': input.version,
    'x-acs-action': input.action,
  };
  if (input.userAgent !== undefined) headers['user-agent'] = input.userAgent;
  if (input.headers) Object.assign(headers, input.headers);

  // Signed parameters = query + form body, the body winning on a shared name.
  const signing: Record<string, string> = {};
  const wireQuery = encodePairs(query, signing);
  let body: string | undefined;
  if (input.body) {
    body = encodePairs(flattenParams(input.body), signing);
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  // v1StringToSign, with the pairs already encoded.
  const stringToSign = input.method + '&%2F&' + encodeURIComponent(joinSorted(signing));
  const signature = v1Signature(stringToSign, input.accessKeySecret, crypto);

  const result: SignedRequest = {
    url: urlOf(
      input.protocol ?? 'https',
      input.host,
      wireQuery + '&Signature=' + encodeURIComponent(signature),
    ),
    method: input.method,
    headers,
    stringToSign,
    signature,
  };
  if (body !== undefined) result.body = body;
  return result;
}

// ---- v3: ACS3-HMAC-SHA256 ----

/**
 * Canonical query string of an ACS3 request: keys sorted, `key=percentEncode(value)`. openapi-util
 * getAuthorizationQueryString leaves the key itself unencoded; so do we, so that SDK requests verify.
 */
export function v3CanonicalQuery(params: Readonly<Record<string, string>>): string {
  const keys = Object.keys(params).sort();
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    out += (i === 0 ? '' : '&') + key + '=' + signEncodeFromWire(encodeURIComponent(params[key] as string));
  }
  return out;
}

/**
 * Canonical headers and the SignedHeaders list (openapi-util getAuthorizationHeaders): names lowercased, only
 * x-acs-*, host and content-type, values trimmed, repeated names joined by "," after sorting their values.
 */
export function v3CanonicalHeaders(headers: Readonly<Record<string, string>>): {
  canonicalHeaders: string;
  signedHeaders: string;
} {
  const values: Record<string, string> = {};
  let repeated: Record<string, string[]> | undefined; // names sent more than once (differing only in case)
  const names: string[] = [];
  for (const name in headers) {
    if (!Object.hasOwn(headers, name)) continue;
    const lower = name.toLowerCase();
    if (lower !== 'host' && lower !== 'content-type' && !lower.startsWith('x-acs-')) continue;
    const value = (headers[name] || '').trim();
    if (!Object.hasOwn(values, lower)) {
      values[lower] = value;
      names.push(lower);
    } else {
      repeated ??= {};
      (repeated[lower] ??= [values[lower] as string]).push(value);
    }
  }
  names.sort();
  let canonicalHeaders = '';
  for (const name of names) {
    const list = repeated?.[name];
    canonicalHeaders += name + ':' + (list ? list.sort().join(',') : values[name]) + '\n';
  }
  return { canonicalHeaders, signedHeaders: names.join(';') };
}

export interface V3Parts {
  method: string;
  pathname: string;
  query: Readonly<Record<string, string>>;
  headers: Readonly<Record<string, string>>;
  /** Lowercase hex SHA-256 of the body ("" when there is none). */
  payloadHash: string;
}

interface V3Canonical {
  method: string;
  pathname: string;
  canonicalQuery: string;
  canonicalHeaders: string;
  signedHeaders: string;
  payloadHash: string;
}

function v3SignCanonical(parts: V3Canonical, accessKeySecret: string, crypto: CryptoPrimitives) {
  const canonicalRequest =
    parts.method +
    '\n' +
    canonicalUri(parts.pathname) +
    '\n' +
    parts.canonicalQuery +
    '\n' +
    parts.canonicalHeaders +
    '\n' +
    parts.signedHeaders +
    '\n' +
    parts.payloadHash;
  const stringToSign = ACS3_ALGORITHM + '\n' + crypto.sha256Hex(canonicalRequest);
  const signature = toHex(crypto.hmac('sha256', accessKeySecret, stringToSign));
  return { canonicalRequest, stringToSign, signature, signedHeaders: parts.signedHeaders };
}

/** The canonical request, string to sign and signature of an ACS3-HMAC-SHA256 request. */
export function v3Sign(
  parts: V3Parts,
  accessKeySecret: string,
  crypto: CryptoPrimitives,
): { canonicalRequest: string; stringToSign: string; signature: string; signedHeaders: string } {
  const { canonicalHeaders, signedHeaders } = v3CanonicalHeaders(parts.headers);
  return v3SignCanonical(
    {
      method: parts.method,
      pathname: parts.pathname,
      canonicalQuery: v3CanonicalQuery(parts.query),
      canonicalHeaders,
      signedHeaders,
      payloadHash: parts.payloadHash,
    },
    accessKeySecret,
    crypto,
  );
}

// The hash of an empty body is the same for every request; remember it per CryptoPrimitives.
const emptyPayloadHashes = new WeakMap<CryptoPrimitives, string>();

function emptyPayloadHash(crypto: CryptoPrimitives): string {
  let hash = emptyPayloadHashes.get(crypto);
  if (hash === undefined) {
    hash = crypto.sha256Hex('');
    emptyPayloadHashes.set(crypto, hash);
  }
  return hash;
}

function signV3(input: SignInput, crypto: CryptoPrimitives): SignedRequest {
  // One pass over the query: the wire form for the URL, the signing form (value only; the SDK leaves the key
  // unencoded, see v3CanonicalQuery) for the canonical query.
  const query = input.params ? flattenParams(input.params) : {};
  let wireQuery = '';
  const signing: Record<string, string> = {};
  for (const key in query) {
    if (!Object.hasOwn(query, key)) continue;
    const wireValue = encodeURIComponent(query[key] as string);
    wireQuery += (wireQuery === '' ? '' : '&') + encodeURIComponent(key) + '=' + wireValue;
    signing[key] = key + '=' + signEncodeFromWire(wireValue);
  }

  // Header order as in Client.doRequest (user-agent and accept are sent but not signed).
  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-version': input.version,
    'x-acs-action': input.action,
  };
  if (input.userAgent !== undefined) headers['user-agent'] = input.userAgent;
  headers['x-acs-date'] = input.timestamp;
  headers['x-acs-signature-nonce'] = input.nonce;
  headers.accept = 'application/json';
  if (input.headers) Object.assign(headers, input.headers);

  let body: string | undefined;
  if (input.body) {
    body = toFormString(flattenParams(input.body));
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const payloadHash = body === undefined ? emptyPayloadHash(crypto) : crypto.sha256Hex(body);
  headers['x-acs-content-sha256'] = payloadHash;
  if (input.securityToken) {
    headers['x-acs-accesskey-id'] = input.accessKeyId;
    headers['x-acs-security-token'] = input.securityToken;
  }

  let canonicalHeaders: string;
  let signedHeaders: string;
  if (input.headers) {
    ({ canonicalHeaders, signedHeaders } = v3CanonicalHeaders(headers));
  } else {
    // Only the headers set above: their sorted order is known, so skip collecting and sorting.
    const sts = input.securityToken ? true : false;
    const line = (name: string) => name + ':' + (headers[name] || '').trim() + '\n';
    canonicalHeaders =
      (body !== undefined ? line('content-type') : '') +
      line('host') +
      (sts ? line('x-acs-accesskey-id') : '') +
      line('x-acs-action') +
      line('x-acs-content-sha256') +
      line('x-acs-date') +
      (sts ? line('x-acs-security-token') : '') +
      line('x-acs-signature-nonce') +
      line('x-acs-version');
    signedHeaders =
      (body !== undefined ? 'content-type;' : '') +
      'host;' +
      (sts ? 'x-acs-accesskey-id;' : '') +
      'x-acs-action;x-acs-content-sha256;x-acs-date;' +
      (sts ? 'x-acs-security-token;' : '') +
      'x-acs-signature-nonce;x-acs-version';
  }

  const { canonicalRequest, stringToSign, signature } = v3SignCanonical(
    {
      method: input.method,
      pathname: '/',
      canonicalQuery: joinSorted(signing),
      canonicalHeaders,
      signedHeaders,
      payloadHash,
    },
    input.accessKeySecret,
    crypto,
  );
  const authorization = `${ACS3_ALGORITHM} Credential=${input.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  headers.Authorization = authorization;

  const result: SignedRequest = {
    url: urlOf(input.protocol ?? 'https', input.host, wireQuery),
    method: input.method,
    headers,
    stringToSign,
    signature,
    canonicalRequest,
    authorization,
  };
  if (body !== undefined) result.body = body;
  return result;
}

/**
 * Signs one RPC request. Throws only for a GET with a form body: the SDK would sign the body but never send
 * it (tea doAction drops GET bodies), so the request could not verify.
 */
export function signRequest(input: SignInput, crypto: CryptoPrimitives): SignedRequest {
  if (input.body && input.method === 'GET') {
    throw new Error('A GET request cannot carry a form body: put the parameters in params.');
  }
  return input.style === 'v3' ? signV3(input, crypto) : signV1(input, crypto);
}
