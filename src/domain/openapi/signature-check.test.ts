// The gateway's check, driven by requests from signRequest (with a transparent fake CryptoPrimitives: any changed
// byte changes its "digest"). The same round trip with node:crypto is in src/server/node-crypto.test.ts, and
// requests sent by the official SDK are checked in src/server/official-sdk-vectors.test.ts.
import { checkSignature, type ReceivedRequest } from './signature-check';
import { signRequest, type CryptoPrimitives, type SignInput } from './signing';
import { receive } from '../test-support/received-request';
import { CREATE_CEN_SIGN_INPUT } from '../test-support/create-cen-sign-input';

const utf8 = new TextEncoder();
const fake: CryptoPrimitives = {
  hmac: (alg, key, data) => utf8.encode(`${alg}(${key})[${data}]`),
  // Prefixed so that the "hash" of an empty body is not itself empty.
  sha256Hex: (data) =>
    'h' + Array.from(typeof data === 'string' ? utf8.encode(data) : data, (b) => b.toString(16)).join('.'),
};

const SECRETS: Record<string, string> = { AK: 'SK', AK2: 'SK2' };
const lookup = (id: string) => SECRETS[id];

const base: SignInput = {
  ...CREATE_CEN_SIGN_INPUT,
  params: { Name: 'cen 中文*~', Tag: [{ Key: 'k', Value: '' }] },
  body: { Description: "a+b=c&d/e!'()" },
};

/** The gateway's answer to a request without a mandatory parameter (v1 query parameter or v3 header). */
const missingParameter = (name: string) => ({
  ok: false,
  code: 'MissingParameter',
  httpStatus: 400,
  message: `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
});

const STYLES = ['v3', 'v1'] as const;

describe.each(STYLES)('%s round trip', (style) => {
  const input: SignInput = { ...base, style };

  it('accepts what signRequest produced and returns the business parameters, clock and nonce', () => {
    const check = checkSignature(receive(signRequest(input, fake)), lookup, fake);
    expect(check).toEqual({
      ok: true,
      style,
      accessKeyId: 'AK',
      action: 'CreateCen',
      version: '2017-09-12',
      timestamp: '2026-11-25T10:00:00Z',
      nonce: 'n-1',
      params: { Name: 'cen 中文*~', 'Tag.1.Key': 'k', 'Tag.1.Value': '', Description: "a+b=c&d/e!'()" },
    });
  });

  it('reports the STS token', () => {
    const check = checkSignature(
      receive(signRequest({ ...input, securityToken: 'tok' }, fake)),
      lookup,
      fake,
    );
    expect(check).toMatchObject({ ok: true, securityToken: 'tok' });
    if (check.ok) expect(check.params).not.toHaveProperty('SecurityToken');
  });

  it('accepts GET requests without a body', () => {
    const { body: _body, ...get } = input;
    expect(checkSignature(receive(signRequest({ ...get, method: 'GET' }, fake)), lookup, fake).ok).toBe(true);
  });

  it('answers SignatureDoesNotMatch, with the server string to sign, when any one character changes', () => {
    const original = receive(signRequest(input, fake));
    const tampered: ReceivedRequest[] = [];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'x' ? 'y' : 'x') + s.slice(i + 1);
    original.query.forEach(([k, v], qi) => {
      // Another key id or signature method is another error (tested below).
      if (k === 'AccessKeyId' || k === 'SignatureMethod' || k === 'SignatureVersion') return;
      for (let i = 0; i < v.length; i++) {
        tampered.push({ ...original, query: original.query.map((p, j) => (j === qi ? [k, flip(v, i)] : p)) });
      }
    });
    for (let i = 0; i < original.body.length; i++)
      tampered.push({ ...original, body: flip(original.body, i) });
    for (const [name, value] of Object.entries(original.headers)) {
      // v1 signs parameters only; its x-acs-* headers are informational.
      if (style === 'v1' || !name.startsWith('x-acs-') || name === 'x-acs-accesskey-id') continue;
      for (let i = 0; i < value.length; i++) {
        tampered.push({ ...original, headers: { ...original.headers, [name]: flip(value, i) } });
      }
    }
    tampered.push({ ...original, method: 'GET' });
    tampered.push({ ...original, query: [...original.query, ['Extra', '1']] });
    if (style === 'v3') {
      tampered.push({
        ...original,
        host: 'vpc.aliyuncs.com',
        headers: { ...original.headers, host: 'vpc.aliyuncs.com' },
      });
      const auth = original.headers.authorization as string;
      const last = auth.length - 1;
      tampered.push({
        ...original,
        headers: {
          ...original.headers,
          authorization: auth.slice(0, last) + (auth[last] === 'a' ? 'b' : 'a'),
        },
      });
    }
    expect(tampered.length).toBeGreaterThan(100);
    for (const req of tampered) {
      const check = checkSignature(req, lookup, fake);
      expect(check).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch', httpStatus: 400 });
      if (!check.ok)
        expect(check.message).toMatch(
          /^Specified signature is not matched with our calculation\. server string to sign is:/,
        );
    }
  });

  it('answers 404 InvalidAccessKeyId.NotFound for an unknown key', () => {
    const check = checkSignature(receive(signRequest({ ...input, accessKeyId: 'NOPE' }, fake)), lookup, fake);
    expect(check).toEqual({
      ok: false,
      code: 'InvalidAccessKeyId.NotFound',
      httpStatus: 404,
      message: 'Specified access key is not found.',
    });
  });

  it('answers SignatureDoesNotMatch when the secret is not the one on file', () => {
    const check = checkSignature(receive(signRequest({ ...input, accessKeyId: 'AK2' }, fake)), lookup, fake);
    expect(check).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });
});

describe('v1 specifics', () => {
  const signed = receive(signRequest({ ...base, style: 'v1' }, fake));
  const without = (name: string): ReceivedRequest => ({
    ...signed,
    query: signed.query.filter(([k]) => k !== name),
  });

  it.each([
    'Timestamp',
    'SignatureNonce',
    'AccessKeyId',
    'Signature',
    'SignatureMethod',
    'SignatureVersion',
    'Action',
    'Version',
  ])('missing %s → 400 MissingParameter naming it', (name) => {
    expect(checkSignature(without(name), lookup, fake)).toEqual(missingParameter(name));
  });

  it('puts the server string to sign in the message', () => {
    const bad = {
      ...signed,
      query: signed.query.map(([k, v]) => [k, k === 'Signature' ? 'AAAA' : v] as [string, string]),
    };
    const check = checkSignature(bad, lookup, fake);
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.message).toContain(
        'server string to sign is:POST&%2F&AccessKeyId%3DAK%26Action%3DCreateCen',
      );
  });

  it('refuses another signature method', () => {
    const other = {
      ...signed,
      query: signed.query.map(
        ([k, v]) => [k, k === 'SignatureMethod' ? 'HMAC-SHA256' : v] as [string, string],
      ),
    };
    expect(checkSignature(other, lookup, fake)).toMatchObject({
      ok: false,
      code: 'IncompleteSignature',
      httpStatus: 400,
    });
  });

  it('reads signing parameters from a form body too', () => {
    const url = new URL('https://cbn.aliyuncs.com/');
    const all = new URLSearchParams(signed.query.map(([k, v]) => [k, v]));
    const inBody: ReceivedRequest = {
      ...signed,
      query: [],
      pathname: url.pathname,
      body: `${all.toString()}&${signed.body}`,
    };
    expect(checkSignature(inBody, lookup, fake)).toMatchObject({ ok: true, style: 'v1' });
  });
});

describe('v3 specifics', () => {
  const signed = receive(signRequest(base, fake));
  const withoutHeader = (name: string): ReceivedRequest => {
    const headers = { ...signed.headers };
    delete headers[name];
    return { ...signed, headers };
  };

  it.each(['x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256', 'x-acs-action', 'x-acs-version'])(
    'missing %s → 400 MissingParameter naming it',
    (name) => {
      expect(checkSignature(withoutHeader(name), lookup, fake)).toMatchObject(missingParameter(name));
    },
  );

  it('uses the request host when the Host header was not handed over', () => {
    expect(checkSignature(withoutHeader('host'), lookup, fake).ok).toBe(true);
  });

  it('answers SignatureDoesNotMatch when x-acs-content-sha256 does not describe the body', () => {
    const other = { ...signed, headers: { ...signed.headers, 'x-acs-content-sha256': fake.sha256Hex('') } };
    expect(checkSignature(other, lookup, fake)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(checkSignature({ ...signed, body: '' }, lookup, fake)).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
  });

  it('answers IncompleteSignature for a malformed Authorization or an unsigned x-acs-* header', () => {
    const malformed = {
      ...signed,
      headers: { ...signed.headers, authorization: 'ACS3-HMAC-SHA256 Credential=AK' },
    };
    expect(checkSignature(malformed, lookup, fake)).toMatchObject({
      ok: false,
      code: 'IncompleteSignature',
      httpStatus: 400,
    });
    const unsigned = { ...signed, headers: { ...signed.headers, 'x-acs-extra': '1' } };
    expect(checkSignature(unsigned, lookup, fake)).toMatchObject({ ok: false, code: 'IncompleteSignature' });
  });

  it('answers IncompleteSignature, without throwing, for a value no client could have encoded', () => {
    const lone = { ...signed, query: [...signed.query, ['Bad', '\uD800'] as [string, string]] };
    expect(checkSignature(lone, lookup, fake)).toMatchObject({ ok: false, code: 'IncompleteSignature' });
  });

  it('treats a request without an ACS3 Authorization header as v1', () => {
    expect(checkSignature(withoutHeader('authorization'), lookup, fake)).toMatchObject({
      ok: false,
      code: 'MissingParameter',
      message: expect.stringContaining('"Action"') as unknown,
    });
  });
});
