// v1: HMAC-SHA1, SignatureVersion 1.0 (openapi-util getRPCSignature; Alibaba's RPC signature doc;
// docs/reference/cen-api.md §1.2): the common parameters and the Signature travel in the query.
import { toBase64 } from './byte-text';
import { flattenParams, type FlatParams } from './flatten';
import { signEncodeFromWire } from './percent-encoding';
import { joinSorted, urlOf } from './signing-canonical';
import type { CryptoPrimitives, SignedRequest, SignInput } from './signing';

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

export function signV1(input: SignInput, crypto: CryptoPrimitives): SignedRequest {
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
