// Structure of the signed request with a transparent fake CryptoPrimitives (src/domain tests may not use
// node:crypto): its "digests" embed their input, so the tests see exactly what was hashed and under which key.
// The real digests are proven against Alibaba's SDKs in src/server/official-sdk-vectors.test.ts.
import { toBase64, toHex } from './byte-text';
import { signRequest, UnsignableParameterError, type CryptoPrimitives, type SignInput } from './signing';
import { v3CanonicalHeaders } from './signing-canonical';
import { CREATE_CEN_SIGN_INPUT } from '../test-support/create-cen-sign-input';

const utf8 = new TextEncoder();
const fake: CryptoPrimitives = {
  hmac: (alg, key, data) => utf8.encode(`${alg}(${key})[${data}]`),
  sha256Hex: (data) => `sha256<${typeof data === 'string' ? data : new TextDecoder().decode(data)}>`,
};

const base = CREATE_CEN_SIGN_INPUT;

describe('toHex / toBase64', () => {
  it.each([
    [[]],
    [[0]],
    [[255, 1]],
    [[1, 2, 3]],
    [[250, 251, 252, 253]],
    [Array.from({ length: 20 }, (_, i) => i * 13)],
  ])('bytes %j', (list) => {
    const bytes = Uint8Array.from(list);
    expect(toBase64(bytes)).toBe(btoa(String.fromCharCode(...bytes)));
    expect(toHex(bytes)).toBe(list.map((b) => b.toString(16).padStart(2, '0')).join(''));
  });
});

describe('v3 (ACS3-HMAC-SHA256)', () => {
  it('builds the URL, headers in SDK order, canonical request and Authorization', () => {
    const signed = signRequest({ ...base, params: { Name: 'a b*', Tag: [{ Key: 'k', Value: 'v' }] } }, fake);
    expect(signed.url).toBe('https://cbn.aliyuncs.com/?Name=a%20b*&Tag.1.Key=k&Tag.1.Value=v');
    expect(Object.keys(signed.headers)).toEqual([
      'host',
      'x-acs-version',
      'x-acs-action',
      'x-acs-date',
      'x-acs-signature-nonce',
      'accept',
      'x-acs-content-sha256',
      'Authorization',
    ]);
    expect(signed.headers['x-acs-content-sha256']).toBe('sha256<>');
    expect(signed.body).toBeUndefined();
    expect(signed.canonicalRequest).toBe(
      [
        'POST',
        '/',
        'Name=a%20b%2A&Tag.1.Key=k&Tag.1.Value=v',
        'host:cbn.aliyuncs.com',
        'x-acs-action:CreateCen',
        'x-acs-content-sha256:sha256<>',
        'x-acs-date:2026-11-25T10:00:00Z',
        'x-acs-signature-nonce:n-1',
        'x-acs-version:2017-09-12',
        '',
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
        'sha256<>',
      ].join('\n'),
    );
    expect(signed.stringToSign).toBe(`ACS3-HMAC-SHA256\nsha256<${signed.canonicalRequest}>`);
    // The key is the bare secret (no "&" in v3); the signature is lowercase hex of the HMAC.
    expect(signed.signature).toBe(toHex(utf8.encode(`sha256(SK)[${signed.stringToSign}]`)));
    expect(signed.authorization).toBe(
      `ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=${signed.signature}`,
    );
    expect(signed.headers.Authorization).toBe(signed.authorization);
  });

  it('sends a form body, hashes it, and signs content-type', () => {
    const signed = signRequest({ ...base, body: { Name: '中 文', Flag: true } }, fake);
    expect(signed.body).toBe('Name=%E4%B8%AD%20%E6%96%87&Flag=true');
    expect(signed.url).toBe('https://cbn.aliyuncs.com/');
    expect(signed.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(signed.headers['x-acs-content-sha256']).toBe(`sha256<${signed.body}>`);
    expect(signed.authorization).toContain('SignedHeaders=content-type;host;');
  });

  it('adds x-acs-accesskey-id and x-acs-security-token for STS credentials, both signed', () => {
    const signed = signRequest({ ...base, securityToken: 'tok+/=' }, fake);
    expect(signed.headers['x-acs-security-token']).toBe('tok+/=');
    expect(signed.headers['x-acs-accesskey-id']).toBe('AK');
    expect(signed.canonicalRequest).toContain('\nx-acs-security-token:tok+/=\n');
    expect(signed.authorization).toContain(';x-acs-accesskey-id;');
  });

  it('signs extra x-acs-* headers (lowercased, trimmed) but not user-agent or accept', () => {
    const signed = signRequest(
      { ...base, userAgent: 'cen-connect/0.1', headers: { 'X-Acs-Caller': '  me  ', 'x-other': 'no' } },
      fake,
    );
    expect(signed.headers['user-agent']).toBe('cen-connect/0.1');
    expect(signed.canonicalRequest).toContain('\nx-acs-caller:me\n');
    expect(signed.canonicalRequest).not.toContain('x-other');
    expect(signed.canonicalRequest).not.toContain('user-agent');
    expect(signed.canonicalRequest).not.toContain('accept');
  });

  it('uses http when asked and omits "?" without parameters', () => {
    expect(signRequest({ ...base, protocol: 'http', host: '127.0.0.1:9000' }, fake).url).toBe(
      'http://127.0.0.1:9000/',
    );
  });

  it('refuses a GET with a form body', () => {
    expect(() => signRequest({ ...base, method: 'GET', body: { A: '1' } }, fake)).toThrow(
      /GET request cannot carry/,
    );
  });
});

describe('v1 (HMAC-SHA1, SignatureVersion 1.0)', () => {
  const v1: SignInput = { ...base, style: 'v1', method: 'GET', action: 'DescribeCens' };

  it('puts the common parameters in SDK order, business parameters after, Signature last', () => {
    const signed = signRequest({ ...v1, params: { PageSize: 10, Name: 'a b*~' } }, fake);
    const url = new URL(signed.url);
    expect([...url.searchParams.keys()]).toEqual([
      'Action',
      'Format',
      'Version',
      'Timestamp',
      'SignatureNonce',
      'PageSize',
      'Name',
      'SignatureMethod',
      'SignatureVersion',
      'AccessKeyId',
      'Signature',
    ]);
    expect(url.searchParams.get('Format')).toBe('JSON');
    expect(signed.url).toContain('&Name=a%20b*~&');
    expect(signed.headers).toEqual({
      host: 'cbn.aliyuncs.com',
      'x-acs-version': '2017-09-12',
      'x-acs-action': 'DescribeCens',
    });
    expect(signed.canonicalRequest).toBeUndefined();
    expect(signed.authorization).toBeUndefined();
  });

  it('percent-encodes the sorted, already-encoded canonical query a second time', () => {
    const signed = signRequest({ ...v1, params: { Name: 'a b*~' } }, fake);
    expect(signed.stringToSign).toBe(
      'GET&%2F&' +
        [
          'AccessKeyId%3DAK',
          'Action%3DDescribeCens',
          'Format%3DJSON',
          'Name%3Da%2520b%252A~',
          'SignatureMethod%3DHMAC-SHA1',
          'SignatureNonce%3Dn-1',
          'SignatureVersion%3D1.0',
          'Timestamp%3D2026-11-25T10%253A00%253A00Z',
          'Version%3D2017-09-12',
        ].join('%26'),
    );
    // Key = secret + "&"; the signature is base64 of the HMAC and travels URL-encoded.
    expect(signed.signature).toBe(toBase64(utf8.encode(`sha1(SK&)[${signed.stringToSign}]`)));
    expect(new URL(signed.url).searchParams.get('Signature')).toBe(signed.signature);
  });

  it('signs query and form body together, and sends SecurityToken for STS', () => {
    const signed = signRequest(
      {
        ...v1,
        method: 'POST',
        format: 'json',
        securityToken: 'tok',
        params: { RegionId: 'cn-hangzhou' },
        body: { Name: 'x' },
      },
      fake,
    );
    expect(signed.body).toBe('Name=x');
    expect(signed.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URL(signed.url).searchParams.get('SecurityToken')).toBe('tok');
    expect(new URL(signed.url).searchParams.get('Format')).toBe('json');
    expect(signed.stringToSign.startsWith('POST&%2F&')).toBe(true);
    expect(signed.stringToSign).toContain('%26Name%3Dx%26');
    expect(signed.stringToSign).toContain('%26SecurityToken%3Dtok%26');
  });
});

describe('v3CanonicalHeaders', () => {
  it('lowercases, keeps only host/content-type/x-acs-*, trims, sorts, and joins repeated names', () => {
    expect(
      v3CanonicalHeaders({
        'X-Acs-B': ' 2 ',
        host: 'h',
        'x-acs-b': '1',
        Accept: 'json',
        'Content-Type': 'text/plain',
        'x-acs-a': '',
      }),
    ).toEqual({
      canonicalHeaders: 'content-type:text/plain\nhost:h\nx-acs-a:\nx-acs-b:1,2\n',
      signedHeaders: 'content-type;host;x-acs-a;x-acs-b',
    });
  });
});

describe('a parameter that cannot be encoded', () => {
  it.each(['v3', 'v1'] as const)('%s: names it (wire name) instead of throwing a bare URIError', (style) => {
    const sign = (input: Partial<SignInput>) => () => signRequest({ ...base, style, ...input }, fake);
    expect(sign({ params: { Tag: [{ Key: 'ok', Value: 'a\uD800' }] } })).toThrow(UnsignableParameterError);
    expect(sign({ params: { Tag: [{ Key: 'ok', Value: 'a\uD800' }] } })).toThrow(
      'Parameter Tag.1.Value holds a lone UTF-16 surrogate (U+D800 at character 2): not Unicode text, so it cannot be signed or sent.',
    );
    expect(sign({ body: { Name: '\uDC00' } })).toThrow(/^Parameter Name holds a lone UTF-16 surrogate/);
    expect(sign({ params: { Name: '😀 中文' } })).not.toThrow();
  });
});
