// The canonical text forms the signers hash and the gateway recomputes: sorted, percent-encoded parameters for
// both algorithms, ACS3's canonical query and headers, and the request URL.
import { signEncodeFromWire } from './percent-encoding';

/** `protocol://host/?query`, without "?" when the query is empty. */
export function urlOf(protocol: string, host: string, query: string): string {
  return query === '' ? `${protocol}://${host}/` : `${protocol}://${host}/?${query}`;
}

/** Sorted signing pairs joined by "&" (JavaScript's default sort, as openapi-util does). */
export function joinSorted(signing: Record<string, string>): string {
  const keys = Object.keys(signing).sort();
  let out = '';
  for (let i = 0; i < keys.length; i++) out += (i === 0 ? '' : '&') + signing[keys[i] as string];
  return out;
}

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
