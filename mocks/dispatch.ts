// Which part of the mock answers a request, by its URL: the control API (/_mock/* at the control origin, or on any
// origin) or the gateway in front of the products. The standalone server and the demo's service worker dispatch with
// it, each with its own hash functions; msw's handlers (handlers.ts) match the same URLs.
import type { CryptoPrimitives } from '../src/domain/openapi/signing';
import { handleControlRequest } from './control-api';
import { handleCloudRequest, type GatewayAnswer } from './gateway';
import type { SandboxRegistry } from './sandboxes';

export const CONTROL_ORIGIN = 'http://mock-cloud.invalid';

/** Any of the four products, http or https, optionally regional (vpc.cn-beijing…, ecs-cn-hangzhou…). */
export const PRODUCT_HOSTS =
  /^https?:\/\/(?:cbn|sts|vpc|ecs)(?:[.-][a-z0-9-]+)?\.aliyuncs\.com(?::\d+)?\/.*$/;

/** The control API for /_mock/* (at the control origin or any other), the gateway for everything else. */
export function answerMockRequest(
  sandboxes: SandboxRegistry,
  request: Request,
  crypto: CryptoPrimitives,
): Promise<GatewayAnswer> {
  const url = request.url;
  const path = new URL(url).pathname;
  if (url.startsWith(`${CONTROL_ORIGIN}/_mock/`)) return handleControlRequest(sandboxes, request);
  if (PRODUCT_HOSTS.test(url)) return handleCloudRequest(sandboxes, request, crypto);
  if (path.startsWith('/_mock/')) return handleControlRequest(sandboxes, request);
  return handleCloudRequest(sandboxes, request, crypto);
}
