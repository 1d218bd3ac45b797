// The API gateway in front of the simulator: what a real Alibaba endpoint does before and after the product
// sees a request (docs/reference/cen-api.md §1, §4). RPC over GET or POST, parameters from the query and/or a
// form body; the signature (ACS3-HMAC-SHA256 or HMAC-SHA1) verified for real with the signer's own checker;
// ±15 min timestamp window; nonce reuse; then dispatch on Version + Action. Every refusal is the envelope
// {RequestId, HostId, Code, Message, Recommend} with the real HTTP status. Standard Request/Response only:
// msw wiring lives in handlers.ts. The hash functions are given: node:crypto on a server (node-crypto.ts), what the
// browser runs in the demo's service worker (docs/decisions/0007-demo-in-a-service-worker.md).
import { wireJson } from './cloud/mock-cloud';
import type { SandboxRegistry } from './sandboxes';
import { unflattenParams } from '../src/domain/openapi/flatten';
import { PRODUCTS, productOfHost, type Product } from '../src/domain/openapi/products';
import { checkSignature, type ReceivedRequest } from '../src/domain/openapi/signature-check';
import type { CryptoPrimitives } from '../src/domain/openapi/signing';

/** The gateway's answer, or DROP: the write happened but the client must see the connection fail. */
export const DROP = Symbol('drop-response');
export type GatewayAnswer = Response | typeof DROP;

const WINDOW_MS = 15 * 60_000;

function productOfVersion(version: string): Product | undefined {
  return (Object.values(PRODUCTS).find((p) => p.version === version) ?? undefined)?.product;
}

function json(body: Record<string, unknown>, status: number): Response {
  const requestId = typeof body.RequestId === 'string' ? body.RequestId : '';
  return new Response(wireJson(body), {
    status,
    headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId },
  });
}

async function received(request: Request, url: URL): Promise<ReceivedRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value;
  });
  return {
    method: request.method.toUpperCase(),
    host: headers.host ?? url.host,
    pathname: url.pathname,
    query: [...url.searchParams.entries()],
    headers,
    body: request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text(),
  };
}

/** Parses "2026-11-25T10:00:00Z" (v1 Timestamp, v3 x-acs-date); NaN when malformed. */
function parseTimestamp(text: string): number {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(text) ? Date.parse(text) : Number.NaN;
}

/**
 * One gateway in front of every sandbox: the AccessKeyId picks the sandbox whose world answers, so a
 * trainee's keys only ever reach their own cloud. A key no live sandbox owns (unknown, deleted, or of an expired
 * sandbox) is 404 InvalidAccessKeyId.NotFound, like a deleted key.
 */
export async function handleCloudRequest(
  sandboxes: SandboxRegistry,
  request: Request,
  crypto: CryptoPrimitives,
): Promise<GatewayAnswer> {
  const url = new URL(request.url);
  const req = await received(request, url);
  const hostId = req.host;
  const unowned = (httpStatus: number, code: string, message: string) =>
    json(sandboxes.envelope({ code, message }, hostId), httpStatus);

  if (req.method !== 'GET' && req.method !== 'POST')
    return unowned(405, 'UnsupportedHTTPMethod', `This http method is not supported: ${req.method}.`);

  const check = checkSignature(req, (id) => sandboxes.ownerOfKey(id)?.cloud.identify(id)?.secret, crypto);
  const keyId =
    /Credential=([^,]+)/.exec(req.headers.authorization ?? '')?.[1] ?? url.searchParams.get('AccessKeyId');
  const keyOwner = keyId ? sandboxes.ownerOfKey(keyId) : undefined;
  if (!check.ok && keyId && keyOwner?.cloud.isExpiredSession(keyId))
    return json(
      keyOwner.cloud.envelope(
        { code: 'InvalidSecurityToken.Expired', message: 'Specified SecurityToken is expired.' },
        hostId,
      ),
      400,
    );
  if (!check.ok) {
    const owner = keyOwner?.cloud;
    return owner
      ? json(owner.envelope({ code: check.code, message: check.message }, hostId), check.httpStatus)
      : unowned(check.httpStatus, check.code, check.message);
  }

  const sandbox = sandboxes.ownerOfKey(check.accessKeyId);
  if (!sandbox) return unowned(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  const cloud = sandbox.cloud;
  const refuse = (httpStatus: number, code: string, message: string) =>
    json(cloud.envelope({ code, message }, hostId), httpStatus);
  sandboxes.touch(sandbox);

  const identity = cloud.identify(check.accessKeyId);
  if (identity?.session && identity.session.securityToken !== check.securityToken)
    return refuse(
      400,
      'InvalidSecurityToken.MismatchWithAccessKey',
      'Specified SecurityToken mismatch with the AccessKey.',
    );

  const sentAt = parseTimestamp(check.timestamp);
  if (Number.isNaN(sentAt))
    return refuse(
      400,
      'InvalidTimeStamp.Format',
      'Specified time stamp or date value is not well formatted.',
    );
  if (Math.abs(cloud.clock.wallNow() - sentAt) > WINDOW_MS)
    return refuse(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  if (!cloud.useNonce(check.accessKeyId, check.nonce))
    return refuse(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');

  // On a product host the host names the product; on the standalone port (127.0.0.1) the Version does.
  const hostProduct = productOfHost(url.host);
  const product = hostProduct ?? productOfVersion(check.version);
  if (!product || PRODUCTS[product].version !== check.version)
    return refuse(
      400,
      'InvalidVersion',
      `Specified parameter Version is not valid. Version: ${check.version}`,
    );

  const hostRegion = /^(?:vpc|ecs)\.([a-z0-9-]+)\.aliyuncs\.com$/.exec(url.hostname)?.[1];
  sandbox.calls++;
  const result = cloud.call({
    product,
    action: check.action,
    accessKeyId: check.accessKeyId,
    ...(hostRegion ? { regionId: hostRegion } : {}),
    params: unflattenParams(check.params),
    host: hostId,
  });
  if (result.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, result.latencyMs));
  if (result.dropped) return DROP;
  return json(result.body, result.status);
}
