// A scripted trainee for the scenario tests (not a test file): it plays the tutorial through cloud.call() with the
// sandbox's own AccessKeys, reading state only through Describe* calls as the console would, and applies the fix
// each hint points at — retry Throttling/Operation.Blocking, re-send a lost write with the same ClientToken,
// revoke a grant with the wrong owner, choose B's VPC whose CIDR does not clash with A's, detach a clashing one,
// adopt an Idle package before buying, stay within the remaining bandwidth, open ICMP where it is missing.
// One strategy for every file: if a new scenario cannot be won by it, the data-driven test says so.
import type { MockCloud } from '../cloud/mock-cloud';
import { TUTORIAL } from './demo';
import { cidrContainsIp, compareCidrs, parseCidr } from '../../src/domain/cidr';
import type { Product } from '../../src/domain/openapi/products';
import { areaOf, findArea } from '../../src/domain/regions';
import type { AccountName } from '../../src/domain/accounts';

const RETRYABLE = /^(Throttling|Operation\.Blocking|ServiceUnavailable|InternalError)/;

export type Body = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** "Cens.Cen" → the list inside the double wrapper (docs/reference/cen-api.md §7). */
export function rows(body: Body, path: string): Row[] {
  let v: unknown = body;
  for (const k of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
  return Array.isArray(v) ? (v as Row[]) : [];
}

export const vpcOf = (instance: Row) => (instance.VpcAttributes as Row | undefined)?.VpcId;

export const overlaps = (a: string, b: string) => {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return x !== null && y !== null && compareCidrs(x, y) !== 'disjoint';
};

export class TraineeBot {
  /** Every error code met, in order ("dropped" for a lost answer). */
  readonly met: string[] = [];
  private token = 0;

  constructor(protected readonly cloud: MockCloud) {}

  private keyOf(account: AccountName): string {
    const key = this.cloud.account(account)?.accessKeyId;
    if (!key) throw new Error(`no account ${account}`);
    return key;
  }

  /** One call with the trainee's patience: retryable codes and lost answers are sent again, unchanged. */
  call(
    account: AccountName,
    qualified: string,
    params: Body = {},
  ): { ok: boolean; code: string; body: Body } {
    const [product, action] = qualified.split('.') as [Product, string];
    for (let attempt = 1; attempt <= 60; attempt++) {
      const r = this.cloud.call({ product, action, accessKeyId: this.keyOf(account), params });
      if (r.dropped) {
        this.met.push('dropped');
        continue;
      }
      if (r.status === 200) return { ok: true, code: 'OK', body: r.body };
      const code = String(r.body.Code);
      this.met.push(code);
      if (!RETRYABLE.test(code)) return { ok: false, code, body: r.body };
      this.cloud.clock.advance(1000); // the back-off a real client waits
    }
    throw new Error(`${qualified} kept failing: ${this.met.slice(-3).join(', ')}`);
  }

  ok(account: AccountName, qualified: string, params: Body = {}): Body {
    const r = this.call(account, qualified, params);
    if (!r.ok) throw new Error(`${qualified} as ${account} → ${r.code}: ${String(r.body.Message)}`);
    return r.body;
  }

  protected clientToken(step: string): string {
    return `trainee-${step}-${++this.token}`;
  }

  /** Lets every asynchronous transition finish (Creating, Attaching, Modifying…). */
  protected settle(): void {
    this.cloud.clock.advance(this.cloud.delayMs + 1);
  }

  protected instances(account: AccountName, region: string): Row[] {
    return rows(this.ok(account, 'Ecs.DescribeInstances', { RegionId: region }), 'Instances.Instance');
  }

  protected ipOf(instance: Row): string {
    const ips = rows(instance, 'VpcAttributes.PrivateIpAddress.IpAddress') as unknown[];
    return typeof ips[0] === 'string' ? ips[0] : '';
  }

  /** Plays the tutorial to the end, fixing what the scenario broke. */
  play(): void {
    const A = this.cloud.account('A');
    const B = this.cloud.account('B');
    if (!A || !B) throw new Error('the scenario has no accounts A and B');

    // Step 1: the CEN (adopt the tutorial's if it exists — a lost CreateCen answer must not make a second one).
    const cens = rows(this.ok('A', 'Cbn.DescribeCens', { PageSize: 50 }), 'Cens.Cen');
    let cenId = cens.find((c) => c.Name === TUTORIAL.cenName)?.CenId as string | undefined;
    if (!cenId) {
      const token = this.clientToken('cen');
      cenId = String(this.ok('A', 'Cbn.CreateCen', { Name: TUTORIAL.cenName, ClientToken: token }).CenId);
      this.settle();
    }

    const aVpc = rows(this.ok('A', 'Vpc.DescribeVpcs', { RegionId: TUTORIAL.regionA }), 'Vpcs.Vpc').find(
      (v) => v.VpcName === 'A-Qingdao-VPC',
    );
    if (!aVpc) throw new Error('no A-Qingdao-VPC');
    const aCidr = String(aVpc.CidrBlock);
    const aEcs = this.instances('A', TUTORIAL.regionA).find((i) => vpcOf(i) === aVpc.VpcId);
    if (!aEcs) throw new Error('no ECS in A-Qingdao-VPC');

    // B's network: a Beijing VPC with a running instance whose CIDR does not clash with A's (hints of the CIDR drills).
    const bInstances = this.instances('B', TUTORIAL.regionB);
    const bVpcs = rows(this.ok('B', 'Vpc.DescribeVpcs', { RegionId: TUTORIAL.regionB }), 'Vpcs.Vpc');
    const bVpc = bVpcs.find(
      (v) => !overlaps(String(v.CidrBlock), aCidr) && bInstances.some((i) => vpcOf(i) === v.VpcId),
    );
    if (!bVpc) throw new Error('no usable VPC of B in Beijing');
    const bEcs = bInstances.find((i) => vpcOf(i) === bVpc.VpcId);
    if (!bEcs) throw new Error('no ECS in B’s VPC');

    // What is attached now; detach B's networks that clash with A's CIDR (overlapping-cidr's hint).
    const children = () =>
      rows(
        this.ok('A', 'Cbn.DescribeCenAttachedChildInstances', { CenId: cenId }),
        'ChildInstances.ChildInstance',
      );
    for (const c of children()) {
      const clash = bVpcs.find((v) => v.VpcId === c.ChildInstanceId && overlaps(String(v.CidrBlock), aCidr));
      if (clash)
        this.ok('A', 'Cbn.DetachCenChildInstance', {
          CenId: cenId,
          ChildInstanceId: c.ChildInstanceId,
          ChildInstanceType: 'VPC',
          ChildInstanceRegionId: c.ChildInstanceRegionId,
          ChildInstanceOwnerId: B.uid,
        });
    }
    this.settle();
    if (!children().some((c) => c.ChildInstanceId === aVpc.VpcId))
      this.ok('A', 'Cbn.AttachCenChildInstance', {
        CenId: cenId,
        ChildInstanceId: aVpc.VpcId,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: TUTORIAL.regionA,
      });

    // Step 2: B's grant — revoke ones naming the wrong owner, grant the right CEN and owner.
    const grantQuery = {
      RegionId: TUTORIAL.regionB,
      InstanceId: bVpc.VpcId,
      InstanceType: 'VPC',
    };
    const grants = rows(
      this.ok('B', 'Vpc.DescribeGrantRulesToCen', grantQuery),
      'CenGrantRules.CbnGrantRule',
    );
    for (const g of grants.filter((x) => x.CenInstanceId === cenId && String(x.CenOwnerId) !== A.uid))
      this.ok('B', 'Vpc.RevokeInstanceFromCen', {
        ...grantQuery,
        CenId: cenId,
        CenOwnerId: String(g.CenOwnerId),
      });
    if (!grants.some((x) => x.CenInstanceId === cenId && String(x.CenOwnerId) === A.uid))
      this.ok('B', 'Vpc.GrantInstanceToCen', { ...grantQuery, CenId: cenId, CenOwnerId: A.uid });

    // Step 3.
    if (!children().some((c) => c.ChildInstanceId === bVpc.VpcId))
      this.ok('A', 'Cbn.AttachCenChildInstance', {
        CenId: cenId,
        ChildInstanceId: bVpc.VpcId,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: TUTORIAL.regionB,
        ChildInstanceOwnerId: B.uid,
      });
    this.settle();

    // Step 4: a package for both regions' areas — the associated one, else an Idle one of ours, else buy once.
    const areaA = areaOf(TUTORIAL.regionA);
    const areaB = areaOf(TUTORIAL.regionB);
    const fits = (p: Row) =>
      (p.GeographicRegionAId === areaA && p.GeographicRegionBId === areaB) ||
      (p.GeographicRegionAId === areaB && p.GeographicRegionBId === areaA);
    const packages = () =>
      rows(
        this.ok('A', 'Cbn.DescribeCenBandwidthPackages', { PageSize: 50 }),
        'CenBandwidthPackages.CenBandwidthPackage',
      );
    let pkg = packages().find((p) => fits(p) && (rows(p, 'CenIds.CenId') as unknown[]).includes(cenId));
    if (!pkg) {
      let idle = packages().find((p) => fits(p) && p.Status === 'Idle');
      if (!idle) {
        const requestArea = (id: string | undefined) => findArea(id ?? '')?.requestId;
        const token = this.clientToken('buy');
        const bought = this.ok('A', 'Cbn.CreateCenBandwidthPackage', {
          Bandwidth: TUTORIAL.packageMbps,
          GeographicRegionAId: requestArea(areaA),
          GeographicRegionBId: requestArea(areaB),
          Name: TUTORIAL.packageName,
          PricingCycle: 'Month',
          Period: 1,
          AutoPay: true,
          ClientToken: token,
        });
        idle = packages().find((p) => p.CenBandwidthPackageId === bought.CenBandwidthPackageId);
      }
      if (!idle) throw new Error('the package bought is not listed');
      this.ok('A', 'Cbn.AssociateCenBandwidthPackage', {
        CenId: cenId,
        CenBandwidthPackageId: idle.CenBandwidthPackageId,
      });
      pkg = idle;
    }

    // Step 5: the limit, within what the package has left.
    const limits = rows(
      this.ok('A', 'Cbn.DescribeCenInterRegionBandwidthLimits', { CenId: cenId }),
      'CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit',
    );
    const current = limits.find(
      (l) =>
        (l.LocalRegionId === TUTORIAL.regionA && l.OppositeRegionId === TUTORIAL.regionB) ||
        (l.LocalRegionId === TUTORIAL.regionB && l.OppositeRegionId === TUTORIAL.regionA),
    );
    if (!current || Number(current.BandwidthLimit) < 1) {
      const remaining = Number(
        this.ok('A', 'Cbn.DescribeCenGeographicSpanRemainingBandwidth', {
          CenId: cenId,
          GeographicRegionAId: findArea(String(pkg.GeographicRegionAId))?.requestId,
          GeographicRegionBId: findArea(String(pkg.GeographicRegionBId))?.requestId,
        }).RemainingBandwidth,
      );
      this.ok('A', 'Cbn.SetCenInterRegionBandwidthLimit', {
        CenId: cenId,
        LocalRegionId: TUTORIAL.regionA,
        OppositeRegionId: TUTORIAL.regionB,
        BandwidthLimit: Math.min(TUTORIAL.limitMbps, remaining),
      });
    }
    this.settle();

    // Step 6: ICMP in where it is missing, then ping both ways.
    this.openIcmp('B', TUTORIAL.regionB, bEcs, this.ipOf(aEcs), aCidr);
    this.openIcmp('A', TUTORIAL.regionA, aEcs, this.ipOf(bEcs), String(bVpc.CidrBlock));
    this.ping('A', TUTORIAL.regionA, aEcs, this.ipOf(bEcs));
    this.ping('B', TUTORIAL.regionB, bEcs, this.ipOf(aEcs));
  }

  protected openIcmp(
    account: AccountName,
    region: string,
    target: Row,
    sourceIp: string,
    sourceCidr: string,
  ): void {
    for (const sg of rows(target, 'SecurityGroupIds.SecurityGroupId')) {
      const rules = rows(
        this.ok(account, 'Ecs.DescribeSecurityGroupAttribute', { RegionId: region, SecurityGroupId: sg }),
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
        this.ok(account, 'Ecs.AuthorizeSecurityGroup', {
          RegionId: region,
          SecurityGroupId: sg,
          ClientToken: this.clientToken('sg'),
          Permissions: [{ IpProtocol: 'ICMP', PortRange: '-1/-1', SourceCidrIp: sourceCidr }],
        });
      return;
    }
  }

  protected ping(account: AccountName, region: string, from: Row, ip: string): void {
    const run = this.ok(account, 'Ecs.RunCommand', {
      RegionId: region,
      Type: 'RunShellScript',
      CommandContent: `ping -c 4 ${ip}`,
      InstanceId: [from.InstanceId],
      ClientToken: this.clientToken('ping'),
    });
    this.settle();
    const result = rows(
      this.ok(account, 'Ecs.DescribeInvocationResults', {
        RegionId: region,
        InvokeId: run.InvokeId,
        ContentEncoding: 'PlainText',
      }),
      'Invocation.InvocationResults.InvocationResult',
    )[0];
    if (result?.ExitCode !== 0) throw new Error(`ping ${ip} from ${String(from.InstanceName)} failed`);
  }
}
