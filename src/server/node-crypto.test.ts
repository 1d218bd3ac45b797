// node:crypto behind CryptoPrimitives: known digests, and the signer + gateway check round trip with real hashes.
import fc from 'fast-check';
import { checkSignature } from '../domain/openapi/signature-check';
import { toBase64, toHex } from '../domain/openapi/byte-text';
import { signRequest, type SignInput } from '../domain/openapi/signing';
import { nodeCrypto } from './node-crypto';
import { receive } from '../domain/test-support/received-request';

describe('nodeCrypto', () => {
  it('computes RFC 4231 / RFC 2202 HMACs and FIPS 180 SHA-256', () => {
    // RFC 4231 test case 2 and RFC 2202 test case 2 ("Jefe").
    expect(toHex(nodeCrypto.hmac('sha256', 'Jefe', 'what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(toHex(nodeCrypto.hmac('sha1', 'Jefe', 'what do ya want for nothing?'))).toBe(
      'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
    );
    expect(nodeCrypto.sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(nodeCrypto.sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(nodeCrypto.sha256Hex(new TextEncoder().encode('abc'))).toBe(nodeCrypto.sha256Hex('abc'));
  });

  it('hashes text as UTF-8', () => {
    expect(nodeCrypto.sha256Hex('中')).toBe(nodeCrypto.sha256Hex(Uint8Array.from([0xe4, 0xb8, 0xad])));
    const mac = nodeCrypto.hmac('sha1', '密钥', '中文');
    expect(mac).toHaveLength(20);
    expect(toBase64(mac)).toBe(Buffer.from(mac).toString('base64'));
  });
});

describe('signRequest → checkSignature with node:crypto', () => {
  const secrets: Record<string, string> = { LTAI5tDemoAccountA00000001: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b' };
  const lookup = (id: string) => secrets[id];
  const text = fc.string({ unit: 'grapheme', maxLength: 12 });
  const params = fc.dictionary(
    fc.stringMatching(/^[A-Z][A-Za-z]{0,6}$/),
    fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 })),
    {
      maxKeys: 4,
      noNullPrototype: true,
    },
  );

  it('accepts every signed request and rejects it after any one-character change to a value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'v3' | 'v1'>('v3', 'v1'),
        fc.constantFrom<'GET' | 'POST'>('GET', 'POST'),
        params,
        params,
        fc.option(
          text.filter((t) => t !== ''),
          { nil: undefined },
        ),
        fc.nat(),
        (style, method, query, body, securityToken, pick) => {
          const input: SignInput = {
            style,
            method,
            host: 'cbn.aliyuncs.com',
            action: 'DescribeCens',
            version: '2017-09-12',
            params: query,
            ...(method === 'POST' ? { body } : {}),
            accessKeyId: 'LTAI5tDemoAccountA00000001',
            accessKeySecret: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b',
            ...(securityToken ? { securityToken } : {}),
            nonce: 'n',
            timestamp: '2026-11-25T10:00:00Z',
          };
          const req = receive(signRequest(input, nodeCrypto));
          const check = checkSignature(req, lookup, nodeCrypto);
          expect(check).toMatchObject({ ok: true, style });
          if (check.ok) expect(check.securityToken).toBe(securityToken);

          // Change one character of one business value (query or body).
          const candidates = req.query.filter(([k]) => Object.hasOwn(query, k.split('.')[0] as string));
          if (candidates.length === 0) return;
          const [key, value] = candidates[pick % candidates.length] as [string, string];
          const chars = Array.from(value); // code points: never split a surrogate pair
          const changed = chars.length === 0 ? 'x' : (chars[0] === 'x' ? 'y' : 'x') + chars.slice(1).join('');
          const tampered = {
            ...req,
            query: req.query.map(([k, v]) => [k, k === key ? changed : v] as [string, string]),
          };
          expect(checkSignature(tampered, lookup, nodeCrypto)).toMatchObject({
            ok: false,
            code: 'SignatureDoesNotMatch',
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
