// msw handlers for the mock cloud: the product hosts the console uses (cbn.aliyuncs.com, vpc[.<region>].aliyuncs.com,
// ecs[.<region>].aliyuncs.com, sts.aliyuncs.com; docs/reference/cen-api.md §1.1) and the control API at
// http://mock-cloud.invalid/_mock/*.
// The standalone server adds its own origin, where every product shares one port (dispatch by Version + Action).
import { http, HttpResponse, type HttpHandler } from 'msw';
import { MockCloud } from './cloud/mock-cloud';
import { handleControlRequest } from './control-api';
import { answerMockRequest, CONTROL_ORIGIN, PRODUCT_HOSTS } from './dispatch';
import { DROP, handleCloudRequest, type GatewayAnswer } from './gateway';
import { nodeCrypto } from './node-crypto';
import { oversizedHead } from './request-head-limit';
import { SandboxRegistry } from './sandboxes';
import { ScenarioBook } from './scenarios/training-catalogue';

export interface HandlerOptions {
  /** Origin of the in-process control API (default http://mock-cloud.invalid). */
  controlOrigin?: string;
  /**
   * Also answer on any other origin: /_mock/* is the control API, everything else a product call dispatched by
   * Version + Action. For the standalone server, whose Host is 127.0.0.1:PORT.
   */
  anyOrigin?: boolean;
}

/**
 * Handlers for a sandbox registry (every sandbox behind one gateway and one control API). A bare MockCloud is
 * wrapped as the "default" sandbox of a registry that knows only the TS seeds (benchmarks, older callers).
 */
export function createHandlers(
  target: SandboxRegistry | MockCloud,
  options: HandlerOptions = {},
): HttpHandler[] {
  const sandboxes =
    target instanceof MockCloud
      ? new SandboxRegistry({ book: new ScenarioBook([]), defaultCloud: target, defaultScenario: 'demo' })
      : target;
  // An oversized head first, as the standalone's Node server refuses it before any handler (request-head-limit.ts).
  const cloudResolver = async ({ request }: { request: Request }) => {
    const tooLarge = oversizedHead(request);
    if (tooLarge) return tooLarge;
    const answer = await handleCloudRequest(sandboxes, request, nodeCrypto);
    // The write was applied; the client sees a failed connection (the case ClientToken exists for).
    return answer === DROP ? HttpResponse.error() : answer;
  };
  const controlResolver = ({ request }: { request: Request }) =>
    oversizedHead(request) ?? handleControlRequest(sandboxes, request);
  const handlers = [
    http.all(`${CONTROL_ORIGIN}/_mock/*`, controlResolver),
    http.all(PRODUCT_HOSTS, cloudResolver),
  ];
  if (options.anyOrigin) {
    handlers.push(http.all('*/_mock/*', controlResolver));
    handlers.push(http.all('*', cloudResolver));
  }
  return handlers;
}

/**
 * What the anyOrigin handlers above answer, without msw: the standalone server owns its port, so every request is
 * ours and msw's per-request work (cloning the request, matching each handler's URL pattern, reading cookies) only
 * cost time — about a fifth of the mock's CPU per call (bench/README.md "(b)"). Same resolvers, same order.
 */
export function answerAnyOrigin(sandboxes: SandboxRegistry, request: Request): Promise<GatewayAnswer> {
  return answerMockRequest(sandboxes, request, nodeCrypto);
}
