// A scripted trainee for the training e2e spec (not a spec): the same strategy as the mock's own
// mocks/scenarios/trainee-bot.ts — read state with Describe*, apply the fix each hint points at — but played
// through the BFF over HTTP (POST /api/openapi/:action) with the browser context's cookie, so every call lands in
// the page's own sandbox and is tallied in its debrief. The mock runs with 0 ms delays (set from the UI), so a
// short pause lets every transition finish.
import type { APIRequestContext } from '@playwright/test';
import { cidrContainsIp, compareCidrs, parseCidr } from '../src/domain/cidr';
import { resolveAction } from '../src/domain/openapi/actions';
import { areaOf, findArea } from '../src/domain/regions';

// The tutorial's names and regions (tutorial-cen-cross-account.md; mocks/scenarios/demo.ts TUTORIAL).
export const TUTORIAL = {
  cenName: 'DifferentAccountDifferentRegion',
  packageName: 'MainlandBandwidthPackage',
  packageMbps: 8,
  limitMbps: 5,
  regionA: 'cn-qingdao',
  regionB: 'cn-beijing',
} as const;

// What a patient trainee sends again unchanged: throttling, a busy CEN, and answers that never came back.
const RETRYABLE =
  /^(Throttling|Operation\.Blocking|ServiceUnavailable|InternalError|NetworkError|RequestTimeout)/;

type Body = Record<string, unknown>;
type Row = Record<string, unknown>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rows(body: Body, path: string): Row[] {
  let v: unknown = body;
  for (const k of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
  return Array.isArray(v) ? (v as Row[]) : [];
}

const vpcOf = (instance: Row) => (instance.VpcAttributes as Row | undefined)?.VpcId;

const overlaps = (a: string, b: string) => {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return x !== null && y !== null && compareCidrs(x, y) !== 'disjoint';
};

export class HttpTrainee {
  /** Every error code the BFF returned, in order. */
  readonly met: string[] = [];
  private token = 0;
  private readonly run = Math.random().toString(36).slice(2, 8);

  constructor(private readonly request: APIRequestContext) {}

  async call(account: 'A' | 'B', action: string, given: Body = {}) {
    // The BFF refuses a write of the catalogue's clientToken kind without one; one token per write, kept across
    // this write's retries, as the console does (progress-store.ts clientTokenFor).
    const spec = resolveAction(action);
    const needsToken = spec && 'clientToken' in spec && spec.clientToken && given.ClientToken === undefined;
    const params = needsToken ? { ...given, ClientToken: this.clientToken(action) } : given;
    for (let attempt = 1; attempt <= 40; attempt++) {
      const regionId = typeof params.RegionId === 'string' ? params.RegionId : undefined;
      const response = await this.request.post(`/api/openapi/${action}`, {
        data: { account, ...(regionId ? { regionId } : {}), params },
      });
      const body = (await response.json()) as Body;
      if (response.ok()) return { ok: true, code: 'OK', body };
      const raw = (body.error as Body | undefined)?.code;
      const code = typeof raw === 'string' ? raw : `HTTP ${response.status()}`;
      this.met.push(code);
      if (!RETRYABLE.test(code)) return { ok: false, code, body };
      await sleep(250);
    }
    throw new Error(`${action} kept failing: ${this.met.slice(-3).join(', ')}`);
  }

  async ok(account: 'A' | 'B', action: string, params: Body = {}): Promise<Body> {
    const r = await this.call(account, action, params);
    if (!r.ok) throw new Error(`${action} as ${account} → ${r.code}: ${JSON.stringify(r.body)}`);
    return r.body;
  }

  private clientToken(step: string): string {
    return `e2e-${this.run}-${step}-${++this.token}`;
  }

  private settle = () => sleep(150);

  private async instances(account: 'A' | 'B', region: string): Promise<Row[]> {
    return rows(await this.ok(account, 'Ecs.DescribeInstances', { RegionId: region }), 'Instances.Instance');
  }

  private ipOf(instance: Row): string {
    const ips = rows(instance, 'VpcAttributes.PrivateIpAddress.IpAddress') as unknown[];
    return typeof ips[0] === 'string' ? ips[0] : '';
  }

  /** Plays the tutorial to the end, fixing what the scenario broke. */
  async play(): Promise<void> {
    const accounts = (await (await this.request.get('/api/accounts')).json()) as {
      accounts: { name: string; uid: string }[];
    };
    const uidA = accounts.accounts.find((a) => a.name === 'A')?.uid ?? '';
    const uidB = accounts.accounts.find((a) => a.name === 'B')?.uid ?? '';

    // Step 1: adopt the tutorial's CEN if it exists — a second CEN is a failure of its own.
    const cens = rows(await this.ok('A', 'Cbn.DescribeCens', { PageSize: 50 }), 'Cens.Cen');
    let cenId = cens.find((c) => c.Name === TUTORIAL.cenName)?.CenId as string | undefined;
    if (!cenId) {
      const created = await this.ok('A', 'Cbn.CreateCen', {
        Name: TUTORIAL.cenName,
        ClientToken: this.clientToken('cen'),
      });
      cenId = String(created.CenId);
      await this.settle();
    }

    const aVpc = rows(
      await this.ok('A', 'Vpc.DescribeVpcs', { RegionId: TUTORIAL.regionA }),
      'Vpcs.Vpc',
    ).find((v) => v.VpcName === 'A-Qingdao-VPC');
    if (!aVpc) throw new Error('no A-Qingdao-VPC');
    const aCidr = String(aVpc.CidrBlock);
    const aEcs = (await this.instances('A', TUTORIAL.regionA)).find((i) => vpcOf(i) === aVpc.VpcId);
    if (!aEcs) throw new Error('no ECS in A-Qingdao-VPC');

    // B's network: a Beijing VPC with an instance whose CIDR does not clash with A's (the CIDR scenarios' hints).
    const bInstances = await this.instances('B', TUTORIAL.regionB);
    const bVpcs = rows(await this.ok('B', 'Vpc.DescribeVpcs', { RegionId: TUTORIAL.regionB }), 'Vpcs.Vpc');
    const bVpc = bVpcs.find(
      (v) => !overlaps(String(v.CidrBlock), aCidr) && bInstances.some((i) => vpcOf(i) === v.VpcId),
    );
    if (!bVpc) throw new Error('no usable VPC of B in Beijing');
    const bEcs = bInstances.find((i) => vpcOf(i) === bVpc.VpcId);
    if (!bEcs) throw new Error('no ECS in B’s VPC');

    const children = async () =>
      rows(
        await this.ok('A', 'Cbn.DescribeCenAttachedChildInstances', { CenId: cenId }),
        'ChildInstances.ChildInstance',
      );
    for (const c of await children()) {
      const clash = bVpcs.find((v) => v.VpcId === c.ChildInstanceId && overlaps(String(v.CidrBlock), aCidr));
      if (clash)
        await this.ok('A', 'Cbn.DetachCenChildInstance', {
          CenId: cenId,
          ChildInstanceId: c.ChildInstanceId,
          ChildInstanceType: 'VPC',
          ChildInstanceRegionId: c.ChildInstanceRegionId,
          ChildInstanceOwnerId: uidB,
        });
    }
    await this.settle();
    if (!(await children()).some((c) => c.ChildInstanceId === aVpc.VpcId))
      await this.ok('A', 'Cbn.AttachCenChildInstance', {
        CenId: cenId,
        ChildInstanceId: aVpc.VpcId,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: TUTORIAL.regionA,
      });

    // Step 2: revoke grants naming the wrong owner, grant A's CEN with A's UID.
    const grantQuery = { RegionId: TUTORIAL.regionB, InstanceId: bVpc.VpcId, InstanceType: 'VPC' };
    const grants = rows(
      await this.ok('B', 'Vpc.DescribeGrantRulesToCen', grantQuery),
      'CenGrantRules.CbnGrantRule',
    );
    for (const g of grants.filter((x) => x.CenInstanceId === cenId && String(x.CenOwnerId) !== uidA))
      await this.ok('B', 'Vpc.RevokeInstanceFromCen', {
        ...grantQuery,
        CenId: cenId,
        CenOwnerId: String(g.CenOwnerId),
      });
    if (!grants.some((x) => x.CenInstanceId === cenId && String(x.CenOwnerId) === uidA))
      await this.ok('B', 'Vpc.GrantInstanceToCen', { ...grantQuery, CenId: cenId, CenOwnerId: uidA });

    // Step 3.
    if (!(await children()).some((c) => c.ChildInstanceId === bVpc.VpcId))
      await this.ok('A', 'Cbn.AttachCenChildInstance', {
        CenId: cenId,
        ChildInstanceId: bVpc.VpcId,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: TUTORIAL.regionB,
        ChildInstanceOwnerId: uidB,
      });
    await this.settle();

    // Step 4: the associated package, else an Idle one of ours, else buy once (same ClientToken on a retry).
    const areaA = areaOf(TUTORIAL.regionA);
    const areaB = areaOf(TUTORIAL.regionB);
    const fits = (p: Row) =>
      (p.GeographicRegionAId === areaA && p.GeographicRegionBId === areaB) ||
      (p.GeographicRegionAId === areaB && p.GeographicRegionBId === areaA);
    const packages = async () =>
      rows(
        await this.ok('A', 'Cbn.DescribeCenBandwidthPackages', { PageSize: 50 }),
        'CenBandwidthPackages.CenBandwidthPackage',
      );
    let pkg = (await packages()).find(
      (p) => fits(p) && (rows(p, 'CenIds.CenId') as unknown[]).includes(cenId),
    );
    if (!pkg) {
      let idle = (await packages()).find((p) => fits(p) && p.Status === 'Idle');
      if (!idle) {
        const requestArea = (id: string | undefined) => findArea(id ?? '')?.requestId;
        const bought = await this.ok('A', 'Cbn.CreateCenBandwidthPackage', {
          Bandwidth: TUTORIAL.packageMbps,
          GeographicRegionAId: requestArea(areaA),
          GeographicRegionBId: requestArea(areaB),
          Name: TUTORIAL.packageName,
          PricingCycle: 'Month',
          Period: 1,
          AutoPay: true,
          ClientToken: this.clientToken('buy'),
        });
        idle = (await packages()).find((p) => p.CenBandwidthPackageId === bought.CenBandwidthPackageId);
      }
      if (!idle) throw new Error('the package bought is not listed');
      await this.ok('A', 'Cbn.AssociateCenBandwidthPackage', {
        CenId: cenId,
        CenBandwidthPackageId: idle.CenBandwidthPackageId,
      });
      pkg = idle;
    }
    await this.settle();

    // Step 5: the limit, within what the package has left.
    const limits = rows(
      await this.ok('A', 'Cbn.DescribeCenInterRegionBandwidthLimits', { CenId: cenId }),
      'CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit',
    );
    const current = limits.find(
      (l) =>
        (l.LocalRegionId === TUTORIAL.regionA && l.OppositeRegionId === TUTORIAL.regionB) ||
        (l.LocalRegionId === TUTORIAL.regionB && l.OppositeRegionId === TUTORIAL.regionA),
    );
    if (!current || Number(current.BandwidthLimit) < 1) {
      const remaining = Number(
        (
          await this.ok('A', 'Cbn.DescribeCenGeographicSpanRemainingBandwidth', {
            CenId: cenId,
            GeographicRegionAId: findArea(String(pkg.GeographicRegionAId))?.requestId,
            GeographicRegionBId: findArea(String(pkg.GeographicRegionBId))?.requestId,
          })
        ).RemainingBandwidth,
      );
      await this.ok('A', 'Cbn.SetCenInterRegionBandwidthLimit', {
        CenId: cenId,
        LocalRegionId: TUTORIAL.regionA,
        OppositeRegionId: TUTORIAL.regionB,
        BandwidthLimit: Math.min(TUTORIAL.limitMbps, remaining),
      });
    }
    await this.settle();

    // Step 6: ICMP in where it is missing, then ping both ways.
    await this.openIcmp('B', TUTORIAL.regionB, bEcs, this.ipOf(aEcs), aCidr);
    await this.openIcmp('A', TUTORIAL.regionA, aEcs, this.ipOf(bEcs), String(bVpc.CidrBlock));
    await this.ping('A', TUTORIAL.regionA, aEcs, this.ipOf(bEcs));
    await this.ping('B', TUTORIAL.regionB, bEcs, this.ipOf(aEcs));
  }

  private async openIcmp(
    account: 'A' | 'B',
    region: string,
    target: Row,
    sourceIp: string,
    sourceCidr: string,
  ) {
    for (const sg of rows(target, 'SecurityGroupIds.SecurityGroupId')) {
      const rules = rows(
        await this.ok(account, 'Ecs.DescribeSecurityGroupAttribute', {
          RegionId: region,
          SecurityGroupId: sg,
        }),
        'Permissions.Permission',
      );
      const open = rules.some((r) => {
        const c = parseCidr(String(r.SourceCidrIp));
        return (
          r.Direction === 'ingress' &&
          (r.IpProtocol === 'ICMP' || r.IpProtocol === 'ALL') &&
          r.Policy === 'Accept' &&
          c !== null &&
          cidrContainsIp(c, sourceIp)
        );
      });
      if (!open)
        await this.ok(account, 'Ecs.AuthorizeSecurityGroup', {
          RegionId: region,
          SecurityGroupId: sg,
          ClientToken: this.clientToken('sg'),
          Permissions: [{ IpProtocol: 'ICMP', PortRange: '-1/-1', SourceCidrIp: sourceCidr }],
        });
      return;
    }
  }

  private async ping(account: 'A' | 'B', region: string, from: Row, ip: string) {
    const run = await this.ok(account, 'Ecs.RunCommand', {
      RegionId: region,
      Type: 'RunShellScript',
      CommandContent: `ping -c 4 ${ip}`,
      InstanceId: [from.InstanceId],
      ClientToken: this.clientToken('ping'),
    });
    for (let i = 0; i < 40; i++) {
      await this.settle();
      const result = rows(
        await this.ok(account, 'Ecs.DescribeInvocationResults', {
          RegionId: region,
          InvokeId: run.InvokeId,
          ContentEncoding: 'PlainText',
        }),
        'Invocation.InvocationResults.InvocationResult',
      )[0];
      if (result && !['Running', 'Pending'].includes(String(result.InvocationStatus))) {
        if (result.ExitCode !== 0) throw new Error(`ping ${ip} from ${String(from.InstanceName)} failed`);
        return;
      }
    }
    throw new Error(`ping ${ip} from ${String(from.InstanceName)} never finished`);
  }
}
