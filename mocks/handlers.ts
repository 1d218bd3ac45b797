// msw handlers for the mock cloud: the product hosts the console uses (cbn.aliyuncs.com, vpc[.<region>].aliyuncs.com,
// ecs[.<region>].aliyuncs.com, sts.aliyuncs.com; issue 4) and the control API at http://mock-cloud.invalid/_mock/*.
// The standalone server adds its own origin, where every product shares one port (dispatch by Version + Action).
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockCloud } from './cloud/mock-cloud';
import { handleControlRequest } from './control-api';
import { DROP, handleCloudRequest } from './gateway';

export const CONTROL_ORIGIN = 'http://mock-cloud.invalid';

/** Any of the four products, http or https, optionally regional (vpc.cn-beijing…, ecs-cn-hangzhou…). */
export const PRODUCT_HOSTS =
  /^https?:\/\/(?:cbn|sts|vpc|ecs)(?:[.-][a-z0-9-]+)?\.aliyuncs\.com(?::\d+)?\/.*$/;

export interface HandlerOptions {
  /** Origin of the in-process control API (default http://mock-cloud.invalid). */
  controlOrigin?: string;
  /**
   * Also answer on any other origin: /_mock/* is the control API, everything else a product call dispatched by
   * Version + Action. For the standalone server, whose Host is 127.0.0.1:PORT.
   */
  anyOrigin?: boolean;
}

export function createHandlers(cloud: MockCloud, options: HandlerOptions = {}): HttpHandler[] {
  const cloudResolver = async ({ request }: { request: Request }) => {
    const answer = await handleCloudRequest(cloud, request);
    // The write was applied; the client sees a failed connection (the case ClientToken exists for).
    return answer === DROP ? HttpResponse.error() : answer;
  };
  const controlResolver = ({ request }: { request: Request }) => handleControlRequest(cloud, request);
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
