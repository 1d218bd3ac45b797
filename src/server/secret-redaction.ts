// The one place where text that came from the cloud is cleaned of secrets before it goes anywhere (an answer, the
// audit log, the console). The gateway quotes its string to sign in SignatureDoesNotMatch (docs/reference/cen-api.md
// §4), and a v1 string to sign carries the SecurityToken parameter (§1.2), percent-encoded once or twice: passed
// through as it was, the message would hand an STS session to whoever reads it. What is removed is named, so the
// message stays useful.
import { percentEncode, wireEncode } from '../domain/openapi/percent-encoding';
import { maskAccessKeyId, type Credentials } from './accounts';

/** A value as a quoted string to sign can spell it: raw, encoded once (the query), twice (the v1 string). */
function spellings(value: string): string[] {
  const once = percentEncode(value);
  // Also as sent on the wire (encodeURIComponent), in case a message quotes the query itself.
  return [...new Set([percentEncode(once), once, wireEncode(value), value])];
}

const removed = (what: string) => `[${what} removed]`;

// Anything that looks like a secret, whosever it is (a refreshed STS session, another account's): a name such as
// SecurityToken or Signature, then "=" or ":" in any encoding, then the value up to the next separator.
const SEPARATOR = String.raw`(?:=|:|%3D|%253D|%3A|%253A|"\s*:\s*")`;
const VALUE = String.raw`(?:(?!%26|%2526|%0A|%250A)[^&\s",;])+`;
const NAMED = [
  { name: 'SecurityToken', key: String.raw`(?:SecurityToken|x-acs-security-token)` },
  { name: 'AccessKeySecret', key: String.raw`AccessKeySecret` },
  // Signature alone, not SignatureMethod, SignatureNonce, SignatureVersion or SignatureType.
  { name: 'Signature', key: String.raw`Signature(?![A-Za-z])` },
].map(({ name, key }) => ({
  name,
  // Not again where a value was already removed by name.
  pattern: new RegExp(`(${key}${SEPARATOR})(?!\\[\\w+ removed\\])${VALUE}`, 'gi'),
}));

/**
 * `text` without the credentials' secret values (in any spelling a string to sign uses) and without anything named
 * like a secret; the AccessKey ID is masked as the console shows it.
 */
export function redactSecrets(text: string, credentials?: Credentials): string {
  let out = text;
  if (credentials) {
    const values: Array<[string, string | undefined]> = [
      ['SecurityToken', credentials.securityToken],
      ['AccessKeySecret', credentials.accessKeySecret],
    ];
    for (const [name, value] of values) {
      // A short value would match ordinary text; real secrets are 30 characters and more.
      if (!value || value.length < 8) continue;
      for (const spelling of spellings(value)) out = out.split(spelling).join(removed(name));
    }
    const id = credentials.accessKeyId;
    if (id.length >= 8)
      for (const spelling of spellings(id)) out = out.split(spelling).join(maskAccessKeyId(id));
  }
  for (const { name, pattern } of NAMED)
    out = out.replace(pattern, (_all, key: string) => `${key}${removed(name)}`);
  return out;
}
