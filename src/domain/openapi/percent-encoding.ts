// Alibaba Cloud uses two percent-encodings for the same parameters, and mixing them up breaks signatures:
// - On the wire (URL query, form body) the SDKs use Node's querystring.stringify, whose escape set is exactly
//   encodeURIComponent's: `!'()*` stay literal, space → %20 (never '+'), '~' stays literal.
//   (@alicloud/tea-typescript buildURL, @alicloud/tea-util toFormString.)
// - In strings to sign they use RFC 3986: encodeURIComponent plus `!'()*` escaped, i.e. '*' → %2A,
//   space → %20, '~' not escaped (@alicloud/openapi-util `encode`, @alicloud/pop-core `encode`; the RPC
//   signature doc's "space → %20, * → %2A, %7E → ~" rule says the same for a Java-style encoder).

const SIGN_EXTRA = /[!'()*]/g;

function escapeExtra(ch: string): string {
  // The five characters encodeURIComponent leaves alone; all are ASCII, so one byte each.
  return '%' + ch.charCodeAt(0).toString(16).toUpperCase();
}

/** Wire encoding (URL query and form body), byte-identical to Node's querystring.escape. */
export function wireEncode(value: string): string {
  return encodeURIComponent(value);
}

/** RFC 3986 encoding used inside strings to sign (openapi-util `encode`). */
export function percentEncode(value: string): string {
  return signEncodeFromWire(encodeURIComponent(value));
}

/** percentEncode() of a value whose wireEncode() is already known: saves a second encodeURIComponent pass. */
export function signEncodeFromWire(wire: string): string {
  // Test first: most values hold none of `!'()*`, and a failed test is cheaper than a replace.
  SIGN_EXTRA.lastIndex = 0;
  return SIGN_EXTRA.test(wire) ? wire.replace(SIGN_EXTRA, escapeExtra) : wire;
}

/** `k=v&k=v` in insertion order with the wire encoding: what querystring.stringify makes of a flat map. */
export function toFormString(flat: Readonly<Record<string, string>>): string {
  let out = '';
  for (const key in flat) {
    if (!Object.hasOwn(flat, key)) continue;
    if (out !== '') out += '&';
    out += encodeURIComponent(key) + '=' + encodeURIComponent(flat[key] as string);
  }
  return out;
}

/**
 * Canonical URI of an ACS3 canonical request, as openapi-util getAuthorization builds it from the pathname.
 * String.replace with a string pattern replaces only the first match; that is what the SDK does, so do the same.
 */
export function canonicalUri(pathname: string): string {
  return pathname.replace('+', '%20').replace('*', '%2A').replace('%7E', '~');
}
