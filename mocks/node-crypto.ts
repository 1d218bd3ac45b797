// node:crypto behind the signer's CryptoPrimitives, for the gateway's signature check. The mock may not import
// src/server (docs/decisions/0001-layout-and-rooms.md), so it keeps its own few lines.
import { createHash, createHmac } from 'node:crypto';
import type { CryptoPrimitives } from '../src/domain/openapi/signing';

export const nodeCrypto: CryptoPrimitives = {
  hmac: (alg, key, data) => new Uint8Array(createHmac(alg, key).update(data, 'utf8').digest()),
  sha256Hex: (data) => createHash('sha256').update(data).digest('hex'),
};
