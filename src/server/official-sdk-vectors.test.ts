// Proves the signer against Alibaba's own packages: every vector below is computed AT TEST TIME by
// @alicloud/openapi-client 0.4.15 (the request it really sends, captured by a local HTTP server),
// @alicloud/pop-core 1.8.0, or @alicloud/openapi-util 0.3.3's signing functions, and compared byte for byte
// with src/domain/openapi/signing.ts. The worked examples of Alibaba's signing docs are pinned as constants.
// The official packages are dev dependencies and are imported only here (CommonJS, hence createRequire).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { parse as legacyParseUrl } from 'node:url';
import fc from 'fast-check';
import { checkSignature, type ReceivedRequest } from '../domain/openapi/signature-check';
import { flattenParams } from '../domain/openapi/flatten';
import { toFormString } from '../domain/openapi/percent-encoding';
import { v1Signature } from '../domain/openapi/sign-v1-hmac-sha1';
import { signRequest, type SignInput } from '../domain/openapi/signing';
import { v1StringToSign } from '../domain/openapi/signing-canonical';
import { nodeCrypto } from './node-crypto';

import type * as OpenApiClientModule from '@alicloud/openapi-client';
import type * as OpenApiUtilModule from '@alicloud/openapi-util';
import type * as TeaUtilModule from '@alicloud/tea-util';
import type PopCoreRpcClient from '@alicloud/pop-core';

const require = createRequire(import.meta.url);
const OpenApi = require('@alicloud/openapi-client') as typeof OpenApiClientModule;
const OpenApiUtil = (require('@alicloud/openapi-util') as typeof OpenApiUtilModule).default;
const TeaUtil = require('@alicloud/tea-util') as typeof TeaUtilModule;
const PopRpcClient = require('@alicloud/pop-core') as typeof PopCoreRpcClient;

// ---- capture what the SDKs put on the wire ----

interface Captured {
  method: string;
  /** Request target exactly as received: "/?a=b". */
  target: string;
  /** Header [name, value] pairs in the order they were sent. */
  headers: [string, string][];
  body: string;
}

let server: Server;
let port = 0;
let captured: Captured[] = [];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const headers: [string, string][] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        headers.push([req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string]);
      }
      captured.push({ method: req.method ?? '', target: req.url ?? '', headers, body });
      res.setHeader('content-type', 'application/json');
      res.end('{"RequestId":"vector"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  captured = [];
});

/** Headers Node's HTTP client adds by itself, and the SDK's user-agent (not signed; ours is the caller's). */
const TRANSPORT_HEADERS = new Set(['connection', 'transfer-encoding', 'content-length', 'user-agent']);

function comparableHeaders(pairs: Iterable<[string, string]>): [string, string][] {
  return [...pairs].filter(([name]) => !TRANSPORT_HEADERS.has(name.toLowerCase()));
}

function received(c: Captured): ReceivedRequest {
  const url = new URL(c.target, 'http://placeholder');
  const headers: Record<string, string> = {};
  for (const [name, value] of c.headers) headers[name.toLowerCase()] = value;
  return {
    method: c.method,
    host: headers.host ?? '',
    pathname: url.pathname,
    query: [...url.searchParams],
    headers,
    body: c.body,
  };
}

const SECRETS: Record<string, string> = {
  LTAI5tDemoAccountA00000001: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b',
  LTAI5tDemoAccountB00000002: 'demoSecretB-2a8d4f6c1e3b5a7d9c0e',
  testid: 'testsecret',
};
const lookupSecret = (id: string) => SECRETS[id];

/** Sends `input` through @alicloud/openapi-client (v3: doRequest; v1: doRPCRequest) and returns the wire request. */
async function viaOpenApiClient(input: SignInput): Promise<Captured> {
  // A bare credential: @alicloud/credentials' own providers add an x-acs-credentials-provider header, which is
  // about the credential source, not the signing algorithm.
  const credential = {
    getCredential: () =>
      Promise.resolve({
        accessKeyId: input.accessKeyId,
        accessKeySecret: input.accessKeySecret,
        securityToken: input.securityToken,
        type: input.securityToken ? 'sts' : 'access_key',
      }),
  };
  const client = new OpenApi.default(
    new OpenApi.Config({
      credential: credential as never,
      endpoint: input.host,
      protocol: 'http',
      signatureAlgorithm: input.style === 'v1' ? 'v2' : undefined,
    }),
  );
  const params = new OpenApi.Params({
    action: input.action,
    version: input.version,
    protocol: 'HTTP',
    pathname: '/',
    method: input.method,
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
  // Clock and nonce made deterministic the supported way: request headers (v3) and query (v1) override the
  // SDK's own x-acs-date/x-acs-signature-nonce and Timestamp/SignatureNonce in place.
  const query = OpenApiUtil.query(input.params ?? {});
  const headers: Record<string, string> = { ...input.headers };
  if (input.style === 'v3') {
    headers['x-acs-date'] = input.timestamp;
    headers['x-acs-signature-nonce'] = input.nonce;
  } else {
    query.Timestamp = input.timestamp;
    query.SignatureNonce = input.nonce;
  }
  const request = new OpenApi.OpenApiRequest({ query, headers, body: input.body });
  await client.callApi(params, request, new TeaUtil.RuntimeOptions({}));
  expect(captured).toHaveLength(1);
  return captured[0] as Captured;
}

/** Sends `input` through @alicloud/pop-core's RPCClient (v1 only) and returns the wire request. */
async function viaPopCore(input: SignInput): Promise<Captured> {
  const client = new PopRpcClient({
    endpoint: `http://${input.host}`,
    apiVersion: input.version,
    accessKeyId: input.accessKeyId,
    accessKeySecret: input.accessKeySecret,
    securityToken: input.securityToken,
  });
  await client.request(
    input.action,
    { ...input.params, Timestamp: input.timestamp, SignatureNonce: input.nonce },
    { method: input.method },
  );
  expect(captured).toHaveLength(1);
  return captured[0] as Captured;
}

// ---- the vectors ----

const A = { accessKeyId: 'LTAI5tDemoAccountA00000001', accessKeySecret: 'demoSecretA-7f3c9e2b5d1a4c8e9f0b' };
const B = { accessKeyId: 'LTAI5tDemoAccountB00000002', accessKeySecret: 'demoSecretB-2a8d4f6c1e3b5a7d9c0e' };
const STS_TOKEN =
  'CAIS+gF1q6Ft5B2yfSjIr5bOLsvn2bVN1YmNT0XepWUmZuZmu/KdgTz2IHxIf3NpB+8dsvw/nWtV7P8Slq1vRoRZHbtq0lYlMEE=';
const CBN = { host: 'cbn.aliyuncs.com', version: '2017-09-12', timestamp: '2026-11-25T10:00:00Z' } as const;
const VPC = {
  host: 'vpc.cn-hangzhou.aliyuncs.com',
  version: '2016-04-28',
  timestamp: '2026-11-25T10:00:00Z',
};

type Base = Omit<SignInput, 'style' | 'nonce'>;

/** Request shapes that exercise the flattening and both encodings; each runs through each algorithm. */
const SHAPES: { name: string; input: Base }[] = [
  {
    name: 'CreateCen POST, plain ASCII',
    input: {
      ...CBN,
      ...A,
      method: 'POST',
      action: 'CreateCen',
      params: { Name: 'cen-demo', ClientToken: 'tok-1' },
    },
  },
  {
    name: 'DescribeCens GET, nested Filter and Tag lists, numbers',
    input: {
      ...CBN,
      ...A,
      method: 'GET',
      action: 'DescribeCens',
      params: {
        PageNumber: 1,
        PageSize: 50,
        Filter: [{ Key: 'CenId', Value: ['cen-7qthudw0ll6jmc', 'cen-2'] }],
        Tag: [{ Key: 'env', Value: 'demo' }],
      },
    },
  },
  {
    name: 'Chinese name and description',
    input: {
      ...CBN,
      ...A,
      method: 'POST',
      action: 'CreateCen',
      params: { Name: '跨账号互联', Description: '测试 中文 描述：华东1（杭州）' },
    },
  },
  {
    name: "spaces and *~/+=& !'() in values",
    input: {
      ...CBN,
      ...A,
      method: 'POST',
      action: 'ModifyCenAttribute',
      params: { CenId: 'cen-1', Description: "a b*c~d/e+f=g&h!i'j(k)l%20m", Name: ' lead & trail ' },
    },
  },
  {
    name: 'empty strings kept, null and undefined dropped, booleans',
    input: {
      ...CBN,
      ...A,
      method: 'POST',
      action: 'DescribeCenAttachedChildInstanceAttribute',
      params: {
        CenId: 'cen-1',
        Description: '',
        Gone: null,
        Missing: undefined,
        IncludeRouteTable: true,
        Dry: false,
      },
    },
  },
  {
    name: 'form body with nested list (POST), RegionId in the query',
    input: {
      ...VPC,
      ...B,
      method: 'POST',
      action: 'GrantInstanceToCen',
      params: { RegionId: 'cn-hangzhou' },
      body: {
        CenId: 'cen-1',
        CenOwnerId: '1262302482727553',
        InstanceId: 'vpc-bp1',
        InstanceType: 'VPC',
        Tag: [{ Key: 'k', Value: 'v w' }],
      },
    },
  },
  {
    name: 'form body with Chinese and special characters',
    input: {
      ...CBN,
      ...A,
      method: 'POST',
      action: 'CreateCen',
      body: { Name: '中文 名称*~', Description: "x+y=z&a/b!'()" },
    },
  },
  {
    name: 'STS security token (GET)',
    input: {
      ...CBN,
      ...B,
      securityToken: STS_TOKEN,
      method: 'GET',
      action: 'DescribeCens',
      params: { PageSize: 10 },
    },
  },
  {
    name: 'STS security token with a form body',
    input: {
      ...VPC,
      ...B,
      securityToken: STS_TOKEN,
      method: 'POST',
      action: 'DescribeGrantRulesToCen',
      params: { RegionId: 'cn-hangzhou' },
      body: { InstanceId: 'vpc-bp1', InstanceType: 'VPC' },
    },
  },
  {
    name: 'deep nesting: object → list → object, and list of lists with a null hole',
    input: {
      ...CBN,
      ...A,
      method: 'POST',
      action: 'SetCenInterRegionBandwidthLimit',
      params: {
        GrantRules: { GrantRule: [{ CenId: 'cen-1', CenUid: '1262302482727553' }, { CenId: 'cen-2' }] },
        Matrix: [[1, 2], null, [3]],
      },
    },
  },
  {
    name: 'eleven list items: Tag.10 sorts before Tag.2',
    input: {
      ...CBN,
      ...A,
      method: 'GET',
      action: 'DescribeCens',
      params: { Tag: Array.from({ length: 11 }, (_, i) => ({ Key: `k${i + 1}`, Value: `v${i + 1}` })) },
    },
  },
  {
    name: 'no business parameters at all',
    input: { ...CBN, ...A, method: 'GET', action: 'DescribeCens' },
  },
  {
    name: 'emoji, mixed-case keys and an extra x-acs header',
    input: {
      ...CBN,
      ...A,
      method: 'POST',
      action: 'CreateCen',
      params: { Name: 'rocket 🚀', aLower: 'x', Zed: 'z', _under: 'u' },
      headers: { 'x-acs-caller-sdk-source': 'cen-connect' },
    },
  },
];

const nonceOf = (name: string, style: string) =>
  `${style}-${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`.toLowerCase();

describe('@alicloud/openapi-client 0.4.15 — the request it sends equals ours', () => {
  const cases = SHAPES.flatMap((shape) =>
    (['v3', 'v1'] as const).map((style) => ({ name: `${style}: ${shape.name}`, style, shape })),
  );

  it.each(cases)('$name', async ({ style, shape }) => {
    const input: SignInput = {
      ...shape.input,
      style,
      nonce: nonceOf(shape.name, style),
      host: `127.0.0.1:${port}`,
      protocol: 'http',
      // openapi-client's doRPCRequest sends Format=json (pop-core and our default send JSON).
      ...(style === 'v1' ? { format: 'json' } : {}),
    };
    const ours = signRequest(input, nodeCrypto);
    const wire = await viaOpenApiClient(input);

    expect(wire.method).toBe(ours.method);
    // Node's legacy url.parse (used by the SDK's HTTP client) escapes ' in the target; apply it to ours too.
    expect(legacyParseUrl(ours.url).path).toBe(wire.target);
    if (!ours.url.includes("'")) expect(ours.url).toBe(`http://${input.host}${wire.target}`);
    expect(comparableHeaders(Object.entries(ours.headers))).toEqual(comparableHeaders(wire.headers));
    expect(ours.body ?? '').toBe(wire.body);
    if (style === 'v3') {
      expect(wire.headers.find(([n]) => n === 'Authorization')?.[1]).toBe(ours.authorization);
    } else {
      expect(new URL(wire.target, 'http://h').searchParams.get('Signature')).toBe(ours.signature);
    }
    // And the mock's checker accepts what the official SDK sent.
    const check = checkSignature(received(wire), lookupSecret, nodeCrypto);
    expect(check).toMatchObject({ ok: true, style, accessKeyId: input.accessKeyId, nonce: input.nonce });
  });
});

describe('@alicloud/pop-core 1.8.0 — its v1 signature equals ours', () => {
  // pop-core flattens only top-level lists (of scalars or flat objects), so these shapes stay within that.
  const POP: { name: string; input: Base }[] = [
    {
      name: 'GET DescribeCens with Tag list',
      input: {
        ...CBN,
        ...A,
        method: 'GET',
        action: 'DescribeCens',
        params: { PageSize: '10', Tag: [{ Key: 'k', Value: 'v' }] },
      },
    },
    {
      name: 'POST CreateCen with Chinese',
      input: {
        ...CBN,
        ...A,
        method: 'POST',
        action: 'CreateCen',
        params: { Name: '跨账号', Description: '描述 二' },
      },
    },
    {
      name: 'GET with spaces and *~/+=&',
      input: {
        ...CBN,
        ...B,
        method: 'GET',
        action: 'ModifyCenAttribute',
        params: { CenId: 'cen-1', Description: 'a b*c~d/e+f=g&h' },
      },
    },
    {
      name: 'POST with STS token and a top-level repeat list',
      input: {
        ...VPC,
        ...B,
        securityToken: STS_TOKEN,
        method: 'POST',
        action: 'DescribeVpcs',
        params: { RegionId: 'cn-hangzhou', VpcId: ['vpc-1', 'vpc-2'], Empty: '' },
      },
    },
  ];

  it.each(POP)('$name', async ({ name, input: base }) => {
    const input: SignInput = {
      ...base,
      style: 'v1',
      nonce: nonceOf(name, 'pop'),
      host: `127.0.0.1:${port}`,
      protocol: 'http',
    };
    const ours = signRequest(input, nodeCrypto);
    const wire = await viaPopCore(input);
    const theirs = received(wire);
    const theirParams = new URLSearchParams(
      wire.method === 'POST' ? wire.body : new URL(wire.target, 'http://h').search,
    );
    expect(theirParams.get('Signature')).toBe(ours.signature);
    // Same parameter set (pop-core sorts and puts everything in the body for POST; we keep the SDK layout).
    const ourParams = new URL(ours.url).searchParams;
    expect(Object.fromEntries(theirParams)).toEqual(Object.fromEntries(ourParams));
    expect(checkSignature(theirs, lookupSecret, nodeCrypto)).toMatchObject({ ok: true, style: 'v1' });
  });
});

// ---- Alibaba's published worked examples, pinned ----

// "Request syntax and signature method V3" (help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature),
// fixed-parameter example: RunInstances on ecs.cn-shanghai.aliyuncs.com.
const V3_DOC = {
  input: {
    style: 'v3',
    method: 'POST',
    host: 'ecs.cn-shanghai.aliyuncs.com',
    action: 'RunInstances',
    version: '2014-05-26',
    params: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
    accessKeyId: 'YourAccessKeyId',
    accessKeySecret: 'YourAccessKeySecret',
    nonce: '3156853299f313e23d1673dc12e1703d',
    timestamp: '2023-10-26T10:22:32Z',
  } satisfies SignInput,
  canonicalRequest: [
    'POST',
    '/',
    'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
    'host:ecs.cn-shanghai.aliyuncs.com',
    'x-acs-action:RunInstances',
    'x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'x-acs-date:2023-10-26T10:22:32Z',
    'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
    'x-acs-version:2014-05-26',
    '',
    'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ].join('\n'),
  stringToSign: 'ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259',
  authorization:
    'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;' +
    'x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
};

// "RPC-style request body and signature mechanism (V2)" (help.aliyun.com/zh/sdk/product-overview/rpc-mechanism),
// fixed-parameter example: ECS DescribeDedicatedHosts.
const V1_DOC = {
  input: {
    style: 'v1',
    method: 'GET',
    host: 'ecs.cn-beijing.aliyuncs.com',
    action: 'DescribeDedicatedHosts',
    version: '2014-05-26',
    params: { RegionId: 'cn-beijing' },
    format: 'JSON',
    accessKeyId: 'testid',
    accessKeySecret: 'testsecret',
    nonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
    timestamp: '2023-03-13T08:34:30Z',
  } satisfies SignInput,
  stringToSign:
    'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId%3Dcn-beijing' +
    '%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0' +
    '%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26',
  signature: '9NaGiOspFP5UPcwX8Iwt2YJXXuk=',
};

// The older RPC signature page (ECS/SLB/CBN API references, 2016): DescribeRegions, note "TimeStamp".
const V1_DOC_2016 = {
  params: {
    TimeStamp: '2016-02-23T12:46:24Z',
    Format: 'XML',
    AccessKeyId: 'testid',
    Action: 'DescribeRegions',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
    Version: '2014-05-26',
    SignatureVersion: '1.0',
  },
  stringToSign:
    'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1' +
    '%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0' +
    '%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
  signature: 'CT9X0VtwR86fNWSnsc6v8YGOjuE=',
};

/** The $tea.Request-shaped object openapi-util's getAuthorization reads. */
function teaRequest(method: string, query: Record<string, string>, headers: Record<string, string>) {
  return { method, pathname: '/', query, headers } as unknown as Parameters<
    typeof OpenApiUtil.getAuthorization
  >[0];
}

describe("Alibaba's signing docs — worked examples", () => {
  it('v3 doc example: canonical request, string to sign and Authorization (ours and openapi-util)', () => {
    const ours = signRequest(V3_DOC.input, nodeCrypto);
    expect(ours.canonicalRequest).toBe(V3_DOC.canonicalRequest);
    expect(ours.stringToSign).toBe(V3_DOC.stringToSign);
    expect(ours.authorization).toBe(V3_DOC.authorization);
    expect(ours.url).toBe(
      'https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
    );
    const signedHeaders = Object.fromEntries(
      Object.entries(ours.headers).filter(([n]) => n !== 'Authorization' && n !== 'accept'),
    );
    const theirs = OpenApiUtil.getAuthorization(
      teaRequest('POST', OpenApiUtil.query(V3_DOC.input.params), signedHeaders),
      'ACS3-HMAC-SHA256',
      ours.headers['x-acs-content-sha256'] as string,
      V3_DOC.input.accessKeyId,
      V3_DOC.input.accessKeySecret,
    );
    expect(theirs).toBe(V3_DOC.authorization);
  });

  it('v1 doc example (DescribeDedicatedHosts): string to sign and signature (ours, openapi-util, pop-core)', async () => {
    const ours = signRequest(V1_DOC.input, nodeCrypto);
    expect(ours.stringToSign).toBe(V1_DOC.stringToSign);
    expect(ours.signature).toBe(V1_DOC.signature);
    const signed = Object.fromEntries(new URL(ours.url).searchParams);
    delete signed.Signature;
    expect(OpenApiUtil.getRPCSignature(signed, 'GET', 'testsecret')).toBe(V1_DOC.signature);
    // The host is not part of a v1 signature, so pop-core can send the same request to the capture server.
    const wire = await viaPopCore({ ...V1_DOC.input, host: `127.0.0.1:${port}` });
    expect(new URL(wire.target, 'http://h').searchParams.get('Signature')).toBe(V1_DOC.signature);
  });

  it('older v1 doc example (DescribeRegions, TimeStamp): string to sign and signature (ours, openapi-util)', () => {
    const stringToSign = v1StringToSign('GET', V1_DOC_2016.params);
    expect(stringToSign).toBe(V1_DOC_2016.stringToSign);
    expect(v1Signature(stringToSign, 'testsecret', nodeCrypto)).toBe(V1_DOC_2016.signature);
    expect(OpenApiUtil.getRPCSignature(V1_DOC_2016.params, 'GET', 'testsecret')).toBe(V1_DOC_2016.signature);
  });
});

// ---- openapi-util's functions on the real hosts (no capture server) ----

describe('@alicloud/openapi-util 0.3.3 — signing functions on the real endpoints', () => {
  const LOW_LEVEL: { name: string; input: SignInput }[] = [
    {
      name: 'v3 CreateCen on cbn.aliyuncs.com with a form body and STS',
      input: {
        ...CBN,
        ...A,
        style: 'v3',
        method: 'POST',
        action: 'CreateCen',
        securityToken: STS_TOKEN,
        body: { Name: '跨账号 CEN', Tag: [{ Key: 'a*b', Value: '~c' }] },
        nonce: 'n-low-1',
      },
    },
    {
      name: 'v3 DescribeGrantRulesToCen on vpc.cn-hangzhou.aliyuncs.com (GET)',
      input: {
        ...VPC,
        ...B,
        style: 'v3',
        method: 'GET',
        action: 'DescribeGrantRulesToCen',
        params: { RegionId: 'cn-hangzhou', InstanceId: 'vpc-bp1 x', InstanceType: 'VPC' },
        nonce: 'n-low-2',
      },
    },
    {
      name: 'v1 CreateCenBandwidthPackage on cbn.aliyuncs.com with a form body and STS',
      input: {
        ...CBN,
        ...A,
        style: 'v1',
        method: 'POST',
        action: 'CreateCenBandwidthPackage',
        securityToken: STS_TOKEN,
        params: { GeographicRegionAId: 'China' },
        body: { Bandwidth: 10, GeographicRegionBId: 'Asia-Pacific', Name: '带宽 包' },
        nonce: 'n-low-3',
      },
    },
  ];

  it.each(LOW_LEVEL)('$name', ({ input }) => {
    const ours = signRequest(input, nodeCrypto);
    if (input.style === 'v3') {
      const headers = Object.fromEntries(Object.entries(ours.headers).filter(([n]) => n !== 'Authorization'));
      const payload = OpenApiUtil.hexEncode(
        OpenApiUtil.hash(
          Buffer.from(OpenApiUtil.toForm((input.body ?? {}) as Record<string, unknown>)),
          'ACS3-HMAC-SHA256',
        ),
      );
      expect(headers['x-acs-content-sha256']).toBe(payload);
      expect(ours.body ?? '').toBe(
        input.body ? OpenApiUtil.toForm(input.body as Record<string, unknown>) : '',
      );
      const query = OpenApiUtil.query(input.params ?? {});
      expect(
        OpenApiUtil.getAuthorization(
          teaRequest(input.method, query, headers),
          'ACS3-HMAC-SHA256',
          payload,
          input.accessKeyId,
          input.accessKeySecret,
        ),
      ).toBe(ours.authorization);
    } else {
      // Client.doRPCRequest's signed parameters, assembled the SDK's way.
      const signed: Record<string, string> = {
        Action: input.action,
        Format: 'JSON',
        Version: input.version,
        Timestamp: input.timestamp,
        SignatureNonce: input.nonce,
        ...OpenApiUtil.query(input.params ?? {}),
        ...(input.securityToken ? { SecurityToken: input.securityToken } : {}),
        SignatureMethod: 'HMAC-SHA1',
        SignatureVersion: '1.0',
        AccessKeyId: input.accessKeyId,
        ...OpenApiUtil.query(input.body ?? {}),
      };
      expect(OpenApiUtil.getRPCSignature(signed, input.method, input.accessKeySecret)).toBe(ours.signature);
      expect(ours.body).toBe(OpenApiUtil.toForm(input.body as Record<string, unknown>));
    }
  });
});

// ---- generated inputs: flattening, form encoding and both signatures against openapi-util ----

describe('generated parameters — ours equals openapi-util', () => {
  const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/);
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('', ' ', '*', '~', '/', '+', '=', '&', "!'()", '%7E', '中文 空格', '🚀'),
  );
  const leaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.dictionary(key, tie('node'), { maxKeys: 4, noNullPrototype: true }),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 3 }),
      tie('tree'),
    ),
  }));

  it('flattenParams equals OpenApiUtil.query (same pairs, same order) and toFormString equals toForm', () => {
    fc.assert(
      fc.property(tree, (nested) => {
        const ours = flattenParams(nested);
        const theirs = OpenApiUtil.query(nested);
        expect(Object.entries(ours)).toEqual(Object.entries(theirs));
        expect(toFormString(ours)).toBe(OpenApiUtil.toForm(nested));
      }),
      { numRuns: 300 },
    );
  });

  it('v1 signature equals getRPCSignature and v3 Authorization equals getAuthorization', () => {
    fc.assert(
      fc.property(tree, tree, fc.constantFrom<'GET' | 'POST'>('GET', 'POST'), (params, body, method) => {
        const base = { ...CBN, ...A, method, action: 'DescribeCens', nonce: 'gen', params };
        const withBody = method === 'POST' ? { body } : {};
        const v1 = signRequest({ ...base, ...withBody, style: 'v1' }, nodeCrypto);
        const signed = Object.fromEntries(new URL(v1.url).searchParams);
        delete signed.Signature;
        Object.assign(signed, method === 'POST' ? OpenApiUtil.query(body) : {});
        expect(OpenApiUtil.getRPCSignature(signed, method, A.accessKeySecret)).toBe(v1.signature);

        const v3 = signRequest({ ...base, ...withBody, style: 'v3' }, nodeCrypto);
        const headers = Object.fromEntries(Object.entries(v3.headers).filter(([n]) => n !== 'Authorization'));
        const query = OpenApiUtil.query(params);
        expect(
          OpenApiUtil.getAuthorization(
            teaRequest(method, query, headers),
            'ACS3-HMAC-SHA256',
            headers['x-acs-content-sha256'] as string,
            A.accessKeyId,
            A.accessKeySecret,
          ),
        ).toBe(v3.authorization);
      }),
      { numRuns: 200 },
    );
  });
});
