// One simulated six-step tutorial run driven through the BFF's HTTP API (POST /api/openapi/:action), the calls the
// console makes, in its order: pick the network, write, poll until the status is final. It is the load test's unit
// of work and the API-driven figure for "cloud calls per full run". Each run uses its own networks
// (mocks/test-support/load-world.ts) and its own CEN name and ClientTokens.
import { z } from 'zod';
import { LOAD_CIDRS, LOAD_REGIONS, loadVpcName } from '../mocks/test-support/load-world';
import { TUTORIAL_PACKAGE_PARAMS } from '../src/domain/test-support/tutorial-package';

export interface ApiAnswer {
  status: number;
  json: unknown;
}
export type ApiCall = (action: string, body: Record<string, unknown>) => Promise<ApiAnswer>;

export interface Timing {
  action: string;
  ms: number;
}

export interface RunOptions {
  /** Which pair of networks (mocks/test-support/load-world.ts), and part of every name and token. */
  run: number;
  uids: { A: string; B: string };
  /** Wait between polls of a status that is not final yet. */
  pollMs?: number;
  /** Give up on a status after this many polls. */
  maxPolls?: number;
  /** The VPCs to use; default this run's pair in the load world (in a sandbox: the demo's A-Qingdao-VPC…). */
  vpcNames?: { A: string; B: string };
}

export class RunError extends Error {}

// The fields a run reads, parsed at the boundary (anything else in the answers is ignored).
const status = z.object({ Status: z.string() });
const S = {
  done: z.unknown(),
  vpcs: z.object({ Vpcs: z.object({ Vpc: z.array(z.object({ VpcId: z.string() })) }) }),
  cen: z.object({ CenId: z.string() }),
  cens: z.object({ Cens: z.object({ Cen: z.array(status) }) }),
  attachment: status,
  packageId: z.object({ CenBandwidthPackageId: z.string() }),
  packages: z.object({ CenBandwidthPackages: z.object({ CenBandwidthPackage: z.array(status) }) }),
  limits: z.object({
    CenInterRegionBandwidthLimits: z.object({
      CenInterRegionBandwidthLimit: z.array(z.object({ BandwidthLimit: z.number(), Status: z.string() })),
    }),
  }),
  instances: z.object({
    Instances: z.object({
      Instance: z.array(
        z.object({
          Status: z.string(),
          SecurityGroupIds: z.object({ SecurityGroupId: z.array(z.string()) }),
        }),
      ),
    }),
  }),
  rules: z.object({
    Permissions: z.object({
      Permission: z.array(
        z.object({ IpProtocol: z.string(), Policy: z.string(), SourceCidrIp: z.string().optional() }),
      ),
    }),
  }),
};

/** Runs the six steps; returns every call's latency. Throws RunError on any refusal or wrong final state. */
export async function tutorialRun(api: ApiCall, options: RunOptions): Promise<Timing[]> {
  const { run, uids } = options;
  const pollMs = options.pollMs ?? 20;
  const maxPolls = options.maxPolls ?? 200;
  const timings: Timing[] = [];
  const tag = `load-${run}-${Date.now().toString(36)}`;

  async function call<T>(action: string, body: Record<string, unknown>, schema: z.ZodType<T>): Promise<T> {
    const started = performance.now();
    const answer = await api(action, body);
    timings.push({ action, ms: performance.now() - started });
    if (answer.status !== 200)
      throw new RunError(
        `run ${run}: ${action} → ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`,
      );
    const parsed = schema.safeParse(answer.json);
    if (!parsed.success)
      throw new RunError(`run ${run}: ${action} answered an unexpected body: ${parsed.error.message}`);
    return parsed.data;
  }
  async function until<T>(
    action: string,
    body: Record<string, unknown>,
    schema: z.ZodType<T>,
    done: (json: T) => boolean,
  ): Promise<T> {
    for (let i = 0; i < maxPolls; i++) {
      const json = await call(action, body, schema);
      if (done(json)) return json;
      await new Promise((r) => setTimeout(r, pollMs));
    }
    throw new RunError(`run ${run}: ${action} did not reach its final status after ${maxPolls} polls`);
  }
  const vpcNamed = async (account: 'A' | 'B') => {
    const regionId = LOAD_REGIONS[account];
    const name = options.vpcNames?.[account] ?? loadVpcName(account, run);
    const json = await call('DescribeVpcs', { account, regionId, params: { VpcName: name } }, S.vpcs);
    const vpc = json.Vpcs.Vpc[0];
    if (!vpc) throw new RunError(`run ${run}: no VPC ${name}`);
    return vpc.VpcId;
  };
  const attached = (cenId: string, vpcId: string, regionId: string) =>
    until(
      'DescribeCenAttachedChildInstanceAttribute',
      {
        account: 'A',
        params: {
          CenId: cenId,
          ChildInstanceId: vpcId,
          ChildInstanceType: 'VPC',
          ChildInstanceRegionId: regionId,
        },
      },
      S.attachment,
      (j) => j.Status === 'Attached',
    );

  /** Account A attaches a VPC (another account's names its owner) and waits until it is Attached. */
  const attach = async (cenId: string, vpcId: string, regionId: string, ownerUid?: string) => {
    const params = {
      CenId: cenId,
      ChildInstanceId: vpcId,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: regionId,
      ...(ownerUid ? { ChildInstanceOwnerId: ownerUid } : {}),
    };
    await call('AttachCenChildInstance', { account: 'A', params }, S.done);
    await attached(cenId, vpcId, regionId);
  };

  // Step 1: Account A creates the CEN (and attaches its own VPC in China North 1).
  const vpcA = await vpcNamed('A');
  const { CenId: cenId } = await call(
    'CreateCen',
    { account: 'A', params: { Name: `LoadRun${run}`, ClientToken: `${tag}-1` } },
    S.cen,
  );
  await until(
    'DescribeCens',
    { account: 'A', params: { Filter: [{ Key: 'CenId', Value: [cenId] }] } },
    S.cens,
    (j) => j.Cens.Cen.some((c) => c.Status === 'Active'),
  );
  await attach(cenId, vpcA, LOAD_REGIONS.A);

  // Step 2: Account B grants Account A's CEN its VPC.
  const vpcB = await vpcNamed('B');
  await call(
    'Vpc.GrantInstanceToCen',
    {
      account: 'B',
      regionId: LOAD_REGIONS.B,
      params: {
        InstanceId: vpcB,
        InstanceType: 'VPC',
        CenId: cenId,
        CenOwnerId: uids.A,
        ClientToken: `${tag}-2`,
      },
    },
    S.done,
  );

  // Step 3: Account A attaches B's VPC ("Different Account").
  await attach(cenId, vpcB, LOAD_REGIONS.B, uids.B);

  // Step 4: Account A buys the 8 Mbps Mainland China package and associates it.
  const { CenBandwidthPackageId: packageId } = await call(
    'CreateCenBandwidthPackage',
    {
      account: 'A',
      params: {
        ...TUTORIAL_PACKAGE_PARAMS,
        Name: `LoadPackage${run}`,
        AutoPay: true,
        ClientToken: `${tag}-4`,
      },
    },
    S.packageId,
  );
  await call(
    'AssociateCenBandwidthPackage',
    { account: 'A', params: { CenId: cenId, CenBandwidthPackageId: packageId } },
    S.done,
  );
  await until(
    'DescribeCenBandwidthPackages',
    { account: 'A', params: { Filter: [{ Key: 'CenBandwidthPackageId', Value: [packageId] }] } },
    S.packages,
    (j) => j.CenBandwidthPackages.CenBandwidthPackage.some((p) => p.Status === 'InUse'),
  );

  // Step 5: 5 Mbps between China North 1 and China North 2.
  await call(
    'SetCenInterRegionBandwidthLimit',
    {
      account: 'A',
      params: {
        CenId: cenId,
        LocalRegionId: LOAD_REGIONS.A,
        OppositeRegionId: LOAD_REGIONS.B,
        BandwidthLimit: 5,
      },
    },
    S.done,
  );
  await until(
    'DescribeCenInterRegionBandwidthLimits',
    { account: 'A', params: { CenId: cenId } },
    S.limits,
    (j) =>
      j.CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit.some(
        (l) => l.BandwidthLimit === 5 && l.Status === 'Active',
      ),
  );

  // Step 6: each side's instance, and a security group rule letting the peer's ping in.
  for (const [account, vpcId, peer] of [
    ['A', vpcA, LOAD_CIDRS.B],
    ['B', vpcB, LOAD_CIDRS.A],
  ] as const) {
    const regionId = LOAD_REGIONS[account];
    const instances = await call(
      'DescribeInstances',
      { account, regionId, params: { VpcId: vpcId } },
      S.instances,
    );
    const instance = instances.Instances.Instance[0];
    const groupId = instance?.SecurityGroupIds.SecurityGroupId[0];
    if (instance?.Status !== 'Running' || !groupId)
      throw new RunError(`run ${run}: no running instance in ${vpcId}`);
    const sg = await call(
      'DescribeSecurityGroupAttribute',
      { account, regionId, params: { SecurityGroupId: groupId, Direction: 'ingress' } },
      S.rules,
    );
    const allows = sg.Permissions.Permission.some(
      (p) =>
        (p.IpProtocol === 'ICMP' || p.IpProtocol === 'ALL') &&
        p.Policy === 'Accept' &&
        p.SourceCidrIp === peer,
    );
    if (!allows)
      throw new RunError(`run ${run}: ${account}'s security group does not accept ping from ${peer}`);
  }
  return timings;
}

/**
 * The calls a full run cannot do without: the 7 writes, and 11 reads — pick each account's network (2), see the
 * CEN Active (1), each attachment Attached (2), the package InUse (1), the connection Active (1), and for step 6
 * each side's instance and its security group (4). bench/README.md "(f)".
 */
export const MINIMUM_CALLS = { writes: 7, reads: 11 } as const;
