// v3: ACS3-HMAC-SHA256 (openapi-util getAuthorization; Alibaba's "Request syntax and signature method V3"):
// business parameters in the query, x-acs-* headers, and the Authorization header.
import { toHex } from './byte-text';
import { flattenParams } from './flatten';
import { canonicalUri, signEncodeFromWire, toFormString } from './percent-encoding';
import { joinSorted, urlOf, v3CanonicalHeaders, v3CanonicalQuery } from './signing-canonical';
import type { CryptoPrimitives, SignedRequest, SignInput } from './signing';

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

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

export function signV3(input: SignInput, crypto: CryptoPrimitives): SignedRequest {
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
