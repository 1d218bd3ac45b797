// node:crypto behind the signer's CryptoPrimitives: src/domain is pure TypeScript the browser runs too, with no
// node:* (docs/decisions/0001-layout-and-rooms.md; ESLint enforces it), so the BFF injects this. createHmac/createHash
// are what the official SDKs use too (openapi-util, kitx).
import { createHash, createHmac } from 'node:crypto';
import type { CryptoPrimitives } from '../domain/openapi/signing';

export const nodeCrypto: CryptoPrimitives = {
  hmac: (alg, key, data) => createHmac(alg, key).update(data, 'utf8').digest(),
  sha256Hex: (data) => createHash('sha256').update(data).digest('hex'),
};
