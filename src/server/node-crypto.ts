// node:crypto behind the signer's CryptoPrimitives: src/domain may not import node:* (team brief), so the BFF
// injects this. createHmac/createHash are what the official SDKs use too (openapi-util, kitx).
import { createHash, createHmac } from 'node:crypto';
import type { CryptoPrimitives } from '../domain/openapi/signing';

export const nodeCrypto: CryptoPrimitives = {
  hmac: (alg, key, data) => createHmac(alg, key).update(data, 'utf8').digest(),
  sha256Hex: (data) => createHash('sha256').update(data).digest('hex'),
};
