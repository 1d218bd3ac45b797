// (a) Signatures per second: our signer (src/domain/openapi/signing.ts with node:crypto) against openapi-util's
// getRPCSignature (v1) and getAuthorization (v3) on the same request. Each side does the same work per signature:
// flatten the nested parameters the SDK's way, then build the string to sign and HMAC it. Ours additionally builds
// the full signed URL and headers, so the comparison does not flatter us.
import { signRequest, type SignInput } from '../src/domain/openapi/signing';
import { nodeCrypto } from '../src/server/node-crypto';
import { OpenApiUtil } from './official-sdk';
import { median } from '../test-support/stats';

const INPUT: SignInput = {
  style: 'v3',
  method: 'POST',
  protocol: 'https',
  host: 'cbn.aliyuncs.com',
  action: 'DescribeCens',
  version: '2017-09-12',
  params: {
    PageNumber: 1,
    PageSize: 50,
    Filter: [{ Key: 'Name', Value: ['DifferentAccountDifferentRegion', 'Other Name/ü'] }],
  },
  accessKeyId: 'LTAI5tDemoAccountA00000001',
  accessKeySecret: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b',
  nonce: '3d2f9a5c-0b1e-4c7d-9e8f-112233445566',
  timestamp: '2026-11-25T10:00:00Z',
};

function oursV1(i: number): string {
  return signRequest({ ...INPUT, style: 'v1', nonce: `n-${i}` }, nodeCrypto).signature;
}

function theirsV1(i: number): string {
  // Client.doRPCRequest's signed parameters (see official-sdk-vectors.test.ts).
  const signed: Record<string, string> = {
    Action: INPUT.action,
    Format: 'JSON',
    Version: INPUT.version,
    Timestamp: INPUT.timestamp,
    SignatureNonce: `n-${i}`,
    ...OpenApiUtil.query(INPUT.params ?? {}),
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    AccessKeyId: INPUT.accessKeyId,
  };
  return OpenApiUtil.getRPCSignature(signed, INPUT.method, INPUT.accessKeySecret);
}

function oursV3(i: number): string {
  return signRequest({ ...INPUT, nonce: `n-${i}` }, nodeCrypto).authorization ?? '';
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function theirsV3(i: number): string {
  // Client.doRequest's signed headers for an RPC call with no body, then getAuthorization.
  const headers: Record<string, string> = {
    host: INPUT.host,
    'x-acs-version': INPUT.version,
    'x-acs-action': INPUT.action,
    'x-acs-date': INPUT.timestamp,
    'x-acs-signature-nonce': `n-${i}`,
    'x-acs-content-sha256': EMPTY_SHA256,
  };
  const request = {
    method: INPUT.method,
    pathname: '/',
    query: OpenApiUtil.query(INPUT.params ?? {}),
    headers,
  };
  return OpenApiUtil.getAuthorization(
    request as unknown as Parameters<typeof OpenApiUtil.getAuthorization>[0],
    'ACS3-HMAC-SHA256',
    EMPTY_SHA256,
    INPUT.accessKeyId,
    INPUT.accessKeySecret,
  );
}

/** Signatures per second of fn over about `ms` milliseconds (after a warm-up). */
function rate(fn: (i: number) => string, ms: number): number {
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += fn(i).length;
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let j = 0; j < 500; j++) sink += fn(count++).length;
    elapsed = performance.now() - start;
  }
  if (sink < 0) throw new Error('unreachable');
  return (count / elapsed) * 1000;
}

export interface SignBench {
  v1: { ours: number; theirs: number; ratio: number };
  v3: { ours: number; theirs: number; ratio: number };
}

export function benchSigning(runs: number, ms: number): SignBench {
  // The two signers must agree before their speeds mean anything.
  if (oursV1(0) !== theirsV1(0)) throw new Error('v1: our signature differs from getRPCSignature');
  if (!oursV3(0).endsWith(theirsV3(0).split('Signature=')[1] ?? '?'))
    throw new Error('v3: our Authorization differs from getAuthorization');
  const samples = { v1o: [] as number[], v1t: [] as number[], v3o: [] as number[], v3t: [] as number[] };
  for (let r = 0; r < runs; r++) {
    // Alternate the order so neither side always runs on a warmer or cooler CPU.
    if (r % 2 === 0) {
      samples.v1o.push(rate(oursV1, ms));
      samples.v1t.push(rate(theirsV1, ms));
      samples.v3o.push(rate(oursV3, ms));
      samples.v3t.push(rate(theirsV3, ms));
    } else {
      samples.v1t.push(rate(theirsV1, ms));
      samples.v1o.push(rate(oursV1, ms));
      samples.v3t.push(rate(theirsV3, ms));
      samples.v3o.push(rate(oursV3, ms));
    }
  }
  const pair = (o: number[], t: number[]) => {
    const ours = median(o);
    const theirs = median(t);
    return { ours, theirs, ratio: ours / theirs };
  };
  return { v1: pair(samples.v1o, samples.v1t), v3: pair(samples.v3o, samples.v3t) };
}
