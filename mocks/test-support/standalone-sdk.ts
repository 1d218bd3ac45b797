// The standalone mock cloud as a process of its own, and Alibaba's own @alicloud/openapi-client calling it as the
// generated product clients do (Style RPC, formData, nested parameters flattened by OpenApiUtil.query), for the
// tests that drive the mock through a real SDK with real signatures (mocks/sdk.test.ts,
// mocks/transit-router-sdk*.test.ts). The SDKs are dev dependencies, CommonJS, hence createRequire. Not a test file.
import { createRequire } from 'node:module';
import type * as OpenApiClientModule from '@alicloud/openapi-client';
import type * as OpenApiUtilModule from '@alicloud/openapi-util';
import type * as TeaUtilModule from '@alicloud/tea-util';
import { findAction } from '../../src/domain/openapi/actions';
import { startStandaloneMock, type MockAccount } from '../../test-support/server-processes';

const require = createRequire(import.meta.url);
const OpenApi = require('@alicloud/openapi-client') as typeof OpenApiClientModule;
const OpenApiUtil = (require('@alicloud/openapi-util') as typeof OpenApiUtilModule).default;
const TeaUtil = require('@alicloud/tea-util') as typeof TeaUtilModule;

export interface Ready {
  url: string;
  accounts: MockAccount[];
}

export interface Standalone {
  ready: Ready;
  /** Every line the process wrote so far, stdout then stderr. */
  log(): string[];
  stop(): Promise<void>;
}

/** The standalone mock on a free port with delay 0, through the repo's process helper (test-support/). */
export async function startStandalone(): Promise<Standalone> {
  const proc = await startStandaloneMock();
  return {
    ready: { url: proc.url, accounts: proc.accounts },
    log: () => proc.output().split('\n'),
    stop: () => proc.stop(),
  };
}

/**
 * The standalone mock for one test file: started before its tests, stopped after them (so call it at the top of the
 * file, where vitest collects beforeAll/afterAll). The tests reach it through the getter once it has started.
 */
export function standaloneForFile(): () => Standalone {
  let standalone: Standalone | undefined;
  beforeAll(async () => {
    standalone = await startStandalone();
  }, 40_000);
  afterAll(() => standalone?.stop());
  return () => {
    if (!standalone)
      throw new Error('the standalone mock has not started yet: read it inside a test or hook');
    return standalone;
  };
}

export const VERSIONS = { Cbn: '2017-09-12', Vpc: '2016-04-28', Ecs: '2014-05-26' } as const;
export type SdkProduct = keyof typeof VERSIONS;
export type Caller = (
  product: SdkProduct,
  action: string,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown>>;
export interface Keys {
  accessKeyId: string;
  accessKeySecret: string;
}

/** openapi-client, as the generated product clients call it. */
export function openApiCaller(
  ready: Ready,
  keys: Keys,
  signatureAlgorithm: 'ACS3-HMAC-SHA256' | 'v2',
): Caller {
  const client = new OpenApi.default(
    new OpenApi.Config({
      ...keys,
      endpoint: new URL(ready.url).host,
      protocol: 'http',
      ...(signatureAlgorithm === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
    }),
  );
  return async (product, action, params) => {
    const result = (await client.callApi(
      new OpenApi.Params({
        action,
        version: VERSIONS[product],
        protocol: 'HTTP',
        pathname: '/',
        method: 'POST',
        authType: 'AK',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json',
      }),
      new OpenApi.OpenApiRequest({ query: OpenApiUtil.query(params) }),
      new TeaUtil.RuntimeOptions({ autoretry: false }),
    )) as { body: Record<string, unknown> };
    return result.body;
  };
}

/**
 * openapi-client as the account `name` of the mock's ready line, each success checked against the catalogue's
 * response schema (the console parses it with the same one): an answer that does not fit throws, saying why.
 */
export function checkedCaller(
  ready: Ready,
  name: string,
  signatureAlgorithm: 'ACS3-HMAC-SHA256' | 'v2',
): Caller {
  const account = ready.accounts.find((x) => x.name === name);
  if (!account) throw new Error(`no account ${name} in the mock's ready line`);
  const call = openApiCaller(ready, account, signatureAlgorithm);
  return async (product, action, params) => {
    const body = await call(product, action, params);
    const parsed = findAction(product, action)?.response.safeParse(body);
    if (!parsed?.success)
      throw new Error(
        `${product}.${action}: the answer does not fit the catalogue: ${parsed?.error.message ?? 'no such action'}`,
      );
    return body;
  };
}

/** The code and HTTP status of a refusal, whichever SDK threw it (openapi-client: data.statusCode; pop-core: entry). */
export async function refusal(p: Promise<unknown>): Promise<{ code: string; status: number | undefined }> {
  try {
    await p;
  } catch (err) {
    const e = err as {
      code?: string;
      data?: { statusCode?: number; Code?: string };
      entry?: { response?: { statusCode?: number } };
    };
    return {
      code: String(e.code ?? e.data?.Code),
      status: e.data?.statusCode ?? e.entry?.response?.statusCode,
    };
  }
  throw new Error('expected a refusal');
}

/** Expects the call to be refused with this HTTP status and Code, as the SDK reports them. */
export async function refuses(call: Promise<unknown>, status: number, code: string): Promise<void> {
  expect(await refusal(call)).toEqual({ code, status });
}

/** A call to the standalone server's control API (/_mock/…). */
export async function control(ready: Ready, path: string, method: string, body?: unknown): Promise<unknown> {
  const r = await fetch(`${ready.url}/_mock/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return r.json();
}
