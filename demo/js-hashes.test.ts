// The demo's hashes give node:crypto's bytes for any text, key and length (block edges included): the BFF in the
// service worker signs with them and the mock there verifies with them, so a difference would refuse every call.
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { jsCrypto } from './js-hashes';

const lengths = [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 200];

describe('jsCrypto', () => {
  it('SHA-256 of strings and bytes, at and around the block edges', () => {
    for (const n of lengths) {
      const text = 'é'.repeat(n).slice(0, n) + 'x'.repeat(n);
      expect(jsCrypto.sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
      const bytes = new Uint8Array(n).map((_, i) => (i * 37) & 255);
      expect(jsCrypto.sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('HMAC-SHA1 and HMAC-SHA256 for any key (longer than a block too) and data', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 150 }), fc.string({ maxLength: 300 }), (key, data) => {
        for (const alg of ['sha1', 'sha256'] as const) {
          const ours = Buffer.from(jsCrypto.hmac(alg, key, data)).toString('hex');
          expect(ours).toBe(createHmac(alg, key).update(data, 'utf8').digest('hex'));
        }
      }),
      { numRuns: 300 },
    );
  });
});
