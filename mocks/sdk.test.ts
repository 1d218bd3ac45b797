// Alibaba's own SDKs against the standalone mock cloud, so a real client is known to work: the tutorial
// through @alicloud/openapi-client with ACS3-HMAC-SHA256 (its default) and with signatureAlgorithm 'v2' (the
// HMAC-SHA1 RPC signature, Client.doRPCRequest), and through @alicloud/pop-core (HMAC-SHA1, GET and POST) —
// each run meeting every documented refusal on the way. The SDKs are dev dependencies, CommonJS, hence
// createRequire; openapi-client and the standalone process: mocks/test-support/standalone-sdk.ts.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { UID } from './scenarios/seed';
import {
  control as controlOf,
  openApiCaller as openApiCallerOf,
  refusal,
  standaloneForFile,
  VERSIONS,
  type Caller,
  type Keys,
  type Ready,
} from './test-support/standalone-sdk';
import type PopCoreRpcClient from '@alicloud/pop-core';
import { TUTORIAL_PACKAGE_PARAMS } from '../src/domain/test-support/tutorial-package';

const require = createRequire(import.meta.url);
const PopRpcClient = require('@alicloud/pop-core') as typeof PopCoreRpcClient;

const standalone = standaloneForFile();
const ready = (): Ready => standalone().ready;

const openApiCaller = (keys: Keys, signatureAlgorithm: 'ACS3-HMAC-SHA256' | 'v2'): Caller =>
  openApiCallerOf(ready(), keys, signatureAlgorithm);

/** pop-core's RPCClient (HMAC-SHA1); it flattens nested parameters itself. */
function popCaller(keys: Keys, method: 'GET' | 'POST'): Caller {
  return async (product, action, params) => {
    const client = new PopRpcClient({ ...keys, endpoint: ready().url, apiVersion: VERSIONS[product] });
    return client.request<Record<string, unknown>>(action, params, { method, formatParams: false });
  };
}

const control = (path: string, method: string, body?: unknown) => controlOf(ready(), path, method, body);

const clients: [string, (keys: Keys) => Caller][] = [
  ['openapi-client ACS3-HMAC-SHA256', (k) => openApiCaller(k, 'ACS3-HMAC-SHA256')],
  ['openapi-client v2 (HMAC-SHA1 RPC)', (k) => openApiCaller(k, 'v2')],
  ['pop-core GET', (k) => popCaller(k, 'GET')],
  ['pop-core POST', (k) => popCaller(k, 'POST')],
];

describe.each(clients)('the tutorial through %s', (_name, make) => {
  it('walks steps 1–6 and meets each documented refusal', async () => {
    await control('reset', 'POST', { scenario: 'demo' });
    const keysOf = (name: string) => {
      const a = ready().accounts.find((x) => x.name === name);
      if (!a) throw new Error(name);
      return { accessKeyId: a.accessKeyId, accessKeySecret: a.accessKeySecret };
    };
    const A = make(keysOf('A'));
    const B = make(keysOf('B'));
    const firstVpc = async (call: Caller, region: string, name: string) => {
      const r = (await call('Vpc', 'DescribeVpcs', { RegionId: region, VpcName: name })) as {
        Vpcs: { Vpc: { VpcId: string; OwnerId: unknown }[] };
      };
      const v = r.Vpcs.Vpc[0];
      if (!v) throw new Error(`no ${name}`);
      return v;
    };

    // Wrong keys: 404 for an unknown AccessKeyId, SignatureDoesNotMatch for a wrong secret.
    const unknownKey = make({ ...keysOf('A'), accessKeyId: 'LTAI5tUnknownKey0000000' });
    expect(await refusal(unknownKey('Cbn', 'DescribeCens', {}))).toEqual({
      code: 'InvalidAccessKeyId.NotFound',
      status: 404,
    });
    const wrongSecret = make({ ...keysOf('A'), accessKeySecret: 'not-the-secret' });
    expect(await refusal(wrongSecret('Cbn', 'DescribeCens', {}))).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 400,
    });

    // Step 1: A creates the CEN (Active at once with --delay-ms 0) and attaches its own Qingdao VPC.
    const created = await A('Cbn', 'CreateCen', {
      Name: 'DifferentAccountDifferentRegion',
      ClientToken: `step1-${_name.replace(/\W+/g, '-')}`,
    });
    const cenId = String(created.CenId);
    expect(cenId).toMatch(/^cen-[a-z0-9]{18}$/);
    const again = await A('Cbn', 'CreateCen', {
      Name: 'DifferentAccountDifferentRegion',
      ClientToken: `step1-${_name.replace(/\W+/g, '-')}`,
    });
    expect(again.CenId).toBe(cenId);
    const cens = (await A('Cbn', 'DescribeCens', { Filter: [{ Key: 'CenId', Value: [cenId] }] })) as {
      Cens: { Cen: { Status: string }[] };
    };
    expect(cens.Cens.Cen[0]?.Status).toBe('Active');
    expect((await refusal(A('Cbn', 'CreateCen', { Name: '1-starts-with-a-digit' }))).code).toBe(
      'InvalidParameter',
    );
    const aVpc = await firstVpc(A, 'cn-qingdao', 'A-Qingdao-VPC');
    await A('Cbn', 'AttachCenChildInstance', {
      CenId: cenId,
      ChildInstanceId: aVpc.VpcId,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-qingdao',
    });

    // Step 3 before step 2: the missing grant is a 409.
    const bVpc = await firstVpc(B, 'cn-beijing', 'B-Beijing-VPC');
    // A bare JSON number on the wire, as in the real API: openapi-client's JSON.parse rounds B's UID (above 2^53,
    // which is why our code keeps UIDs as strings); pop-core parses big integers into BigNumber objects.
    const owner: unknown = bVpc.OwnerId;
    expect(typeof owner).not.toBe('string');
    if (typeof owner === 'number') expect(owner).toBe(Number(UID.B));
    else expect(String(owner)).toBe(UID.B);
    const attachB = {
      CenId: cenId,
      ChildInstanceId: bVpc.VpcId,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-beijing',
      ChildInstanceOwnerId: UID.B,
    };
    expect(await refusal(A('Cbn', 'AttachCenChildInstance', attachB))).toEqual({
      code: 'Forbbiden.AttachChildInstanceAcrossUid',
      status: 409,
    });

    // Step 2: B grants A's CEN; step 3: A attaches B's VPC; attaching it again is refused.
    await B('Vpc', 'GrantInstanceToCen', {
      RegionId: 'cn-beijing',
      InstanceId: bVpc.VpcId,
      InstanceType: 'VPC',
      CenId: cenId,
      CenOwnerId: UID.A,
    });
    await A('Cbn', 'AttachCenChildInstance', attachB);
    expect(await refusal(A('Cbn', 'AttachCenChildInstance', attachB))).toEqual({
      code: 'InvalidOperation.ChildInstanceAlreadyAttached',
      status: 409,
    });

    // Step 4: 8 Mbps Mainland China ↔ Mainland China, associated; bandwidth out of range is refused.
    expect(
      (
        await refusal(
          A('Cbn', 'CreateCenBandwidthPackage', {
            Bandwidth: 1,
            GeographicRegionAId: 'China',
            GeographicRegionBId: 'China',
          }),
        )
      ).code,
    ).toBe('ParameterIllegal.BandwidthPackage');
    const pkg = await A('Cbn', 'CreateCenBandwidthPackage', {
      ...TUTORIAL_PACKAGE_PARAMS,
      Name: 'MainlandBandwidthPackage',
    });
    await A('Cbn', 'AssociateCenBandwidthPackage', {
      CenId: cenId,
      CenBandwidthPackageId: pkg.CenBandwidthPackageId,
    });
    const listed = (await A('Cbn', 'DescribeCenBandwidthPackages', {
      Filter: [{ Key: 'CenId', Value: [cenId] }],
    })) as {
      CenBandwidthPackages: { CenBandwidthPackage: { Status: string; GeographicRegionAId: string }[] };
    };
    expect(listed.CenBandwidthPackages.CenBandwidthPackage[0]).toMatchObject({
      Status: 'InUse',
      GeographicRegionAId: 'china',
    });

    // Step 5: wrong area and over budget are refused; the tutorial's 5 Mbps is accepted.
    const limit = (local: string, opposite: string, mbps: number) =>
      A('Cbn', 'SetCenInterRegionBandwidthLimit', {
        CenId: cenId,
        LocalRegionId: local,
        OppositeRegionId: opposite,
        BandwidthLimit: mbps,
      });
    expect(await refusal(limit('cn-qingdao', 'us-west-1', 2))).toEqual({
      code: 'InvalidOperation.RegionNotInGeoSpan',
      status: 400,
    });
    await limit('cn-qingdao', 'cn-hangzhou', 6);
    expect(await refusal(limit('cn-qingdao', 'cn-beijing', 5))).toEqual({
      code: 'InvalidOperation.BandwidthLimitExceeded',
      status: 400,
    });
    await limit('cn-qingdao', 'cn-hangzhou', 0);
    await limit('cn-qingdao', 'cn-beijing', 5);

    // Step 6: ping B's instance from A's through Cloud Assistant.
    const instances = (await B('Ecs', 'DescribeInstances', { RegionId: 'cn-beijing' })) as {
      Instances: { Instance: { VpcAttributes: { PrivateIpAddress: { IpAddress: string[] } } }[] };
    };
    const bIp = instances.Instances.Instance[0]?.VpcAttributes.PrivateIpAddress.IpAddress[0];
    const aInstances = (await A('Ecs', 'DescribeInstances', { RegionId: 'cn-qingdao' })) as {
      Instances: { Instance: { InstanceId: string }[] };
    };
    const run = await A('Ecs', 'RunCommand', {
      RegionId: 'cn-qingdao',
      Type: 'RunShellScript',
      CommandContent: `ping -c 4 ${bIp}`,
      InstanceId: [aInstances.Instances.Instance[0]?.InstanceId],
    });
    const result = (await A('Ecs', 'DescribeInvocationResults', {
      RegionId: 'cn-qingdao',
      InvokeId: run.InvokeId,
    })) as {
      Invocation: { InvocationResults: { InvocationResult: { Output: string; ExitCode: number }[] } };
    };
    const out = result.Invocation.InvocationResults.InvocationResult[0];
    expect(out?.ExitCode).toBe(0);
    expect(Buffer.from(out?.Output ?? '', 'base64').toString()).toContain(
      '4 packets transmitted, 4 received, 0% packet loss',
    );
  });
});

it('logs one line per request after the single READY line', () => {
  const log = standalone().log();
  expect(log.filter((l) => l.startsWith('MOCK_CLOUD_READY'))).toHaveLength(1);
  expect(
    log.some((l) => / POST CreateCen \(127\.0\.0\.1:\d+\) 200 \d+ms$/.test(l) || /CreateCen.* 200 /.test(l)),
  ).toBe(true);
  expect(ready().accounts.map((a) => a.uid)).toEqual([UID.A, UID.B]);
});

it('exits 2 with a clear message on bad arguments', async () => {
  const bad = spawn(process.execPath, ['--import', 'tsx', 'mocks/standalone.ts', '--scenario', 'nope'], {
    stdio: 'pipe',
  });
  let err = '';
  bad.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => bad.on('close', resolve));
  expect(code).toBe(2);
  expect(err).toContain('--scenario needs one of: demo');
}, 30_000);
