// No secret leaves the BFF in a cloud message: the gateway's SignatureDoesNotMatch quotes its string to sign
// (docs/reference/cen-api.md §4), which for v1 carries the SecurityToken, percent-encoded twice.
import { redactSecrets } from './secret-redaction';

const credentials = {
  accessKeyId: 'STS.NTmFakeKeyId0123456789',
  accessKeySecret: 'sEcReT/with+base64=chars0123456789',
  securityToken: 'CAIS0fake/token+with=base64chars0123456789abcdef',
};
const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

describe('redactSecrets', () => {
  it('removes the token from a v1 string to sign, in every encoding, and says what was removed', () => {
    const query = `AccessKeyId=${enc(credentials.accessKeyId)}&Action=DescribeCens&SecurityToken=${enc(credentials.securityToken)}&Version=2017-09-12`;
    const message = `Specified signature is not matched with our calculation. server string to sign is:POST&%2F&${enc(query)}`;
    const out = redactSecrets(message, credentials);
    expect(out).not.toContain(credentials.securityToken);
    expect(out).not.toContain(enc(credentials.securityToken));
    expect(out).not.toContain(enc(enc(credentials.securityToken)));
    expect(out).not.toContain(credentials.accessKeyId);
    expect(out).toContain('SecurityToken%3D[SecurityToken removed]%26Version%3D2017-09-12');
    expect(out).toContain('AccessKeyId%3DSTS.****6789%26Action%3DDescribeCens');
    expect(out).toMatch(
      /^Specified signature is not matched with our calculation\. server string to sign is:POST&%2F&/,
    );
  });

  it('removes the secret and the token wherever they appear, raw or encoded', () => {
    const text = `a ${credentials.accessKeySecret} b ${enc(credentials.securityToken)} c`;
    expect(redactSecrets(text, credentials)).toBe('a [AccessKeySecret removed] b [SecurityToken removed] c');
  });

  it('removes anything named like a secret, whosever it is', () => {
    const cases: Array<[string, string]> = [
      ['SecurityToken=CAISother&Action=X', 'SecurityToken=[SecurityToken removed]&Action=X'],
      ['SecurityToken%3DCAISother%26Action', 'SecurityToken%3D[SecurityToken removed]%26Action'],
      ['SecurityToken%253DCAISother%2526A', 'SecurityToken%253D[SecurityToken removed]%2526A'],
      [
        'x-acs-security-token:CAISother\nx-acs-date',
        'x-acs-security-token:[SecurityToken removed]\nx-acs-date',
      ],
      ['{"AccessKeySecret":"abc","Name":"n"}', '{"AccessKeySecret":"[AccessKeySecret removed]","Name":"n"}'],
      [
        'Credential=LTAI,SignedHeaders=host,Signature=0a1b2c',
        'Credential=LTAI,SignedHeaders=host,Signature=[Signature removed]',
      ],
      ['SignatureMethod=HMAC-SHA1&SignatureNonce=n', 'SignatureMethod=HMAC-SHA1&SignatureNonce=n'],
      ['SignatureDoesNotMatch', 'SignatureDoesNotMatch'],
    ];
    for (const [text, expected] of cases) expect(redactSecrets(text)).toBe(expected);
  });

  it('leaves a message without secrets as it was', () => {
    const text = 'The specified CEN instance cen-abc does not exist.';
    expect(redactSecrets(text, credentials)).toBe(text);
  });
});
