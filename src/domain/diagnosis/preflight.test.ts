import { describeLimitProblem } from '../bandwidth';
import { findAction } from '../openapi/actions';
import { validateApiCall } from './api-call';
import type { VpcGrantRuleItem } from '../openapi/response-items';
import { known } from './inspection';
import { formatMessage } from './messages';
import { runPreflight } from './preflight';
import { cidrBlocksOf } from './preflight/cidr-check';
import type { NetworkToAttach, PreflightInput, PreflightItem } from './preflight/preflight-types';
import {
  bandwidthPackage,
  CEN_ID,
  CIDR_A,
  CIDR_B,
  forbiddenInB,
  PKG_ID,
  UID_A,
  UID_B,
  unformatted,
  viaCatalogue,
  VPC_A,
  VPC_B,
} from '../test-support/diagnosis-world';

/** B's grant list as Vpc.DescribeGrantRulesToCen answers it, through the catalogue schema (UIDs as strings). */
function grantsOfB(rules: { cen: string; owner: string }[]) {
  const body = viaCatalogue('Vpc', 'DescribeGrantRulesToCen', {
    TotalCount: rules.length,
    PageNumber: 1,
    PageSize: 10,
    CenGrantRules: {
      CbnGrantRule: rules.map((r) => ({
        CenInstanceId: r.cen,
        CenOwnerId: r.owner,
        CreationTime: '2026-11-25T10:00Z',
      })),
    },
  }) as { CenGrantRules: { CbnGrantRule: VpcGrantRuleItem[] } };
  return known(body.CenGrantRules.CbnGrantRule);
}

function networkB(overrides: Partial<NetworkToAttach> = {}): NetworkToAttach {
  return {
    account: 'B',
    ownerUid: UID_B,
    regionId: 'cn-beijing',
    vpcId: VPC_B,
    cidrBlocks: known([CIDR_B]),
    grantsFromOwner: grantsOfB([{ cen: CEN_ID, owner: UID_A }]),
    ...overrides,
  };
}

/** Before step 3 of the tutorial: A's VPC attached in step 1, B's to attach, an 8 Mbps China package planned. */
function tutorialPreflight(overrides: Partial<PreflightInput> = {}): PreflightInput {
  return {
    cen: { cenId: CEN_ID, ownerUid: UID_A, protectionLevel: 'REDUCED' },
    toAttach: [networkB()],
    inCen: known([
      { account: 'A', ownerUid: UID_A, regionId: 'cn-qingdao', vpcId: VPC_A, cidrBlocks: known([CIDR_A]) },
    ]),
    packages: known([]),
    plannedPackage: { areaA: 'China', areaB: 'China', bandwidth: 8 },
    connections: [{ localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-beijing', bandwidthLimit: 5 }],
    ...overrides,
  };
}

const item = (items: PreflightItem[], id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}: ${items.map((i) => i.id).join(', ')}`);
  return found;
};
const PAIR = 'cn-beijing:cn-qingdao';

describe('runPreflight — the tutorial (happy path)', () => {
  const report = runPreflight(tutorialPreflight());

  it('checks CIDRs, the grant, areas, package bandwidth and the limit — all pass', () => {
    expect(report.items.map((i) => [i.id, i.verdict])).toEqual([
      [`cidr:${VPC_B}:${VPC_A}`, 'pass'],
      [`grant:${VPC_B}`, 'pass'],
      [`areas:${PAIR}`, 'pass'],
      ['package-per-span', 'pass'],
      ['package-bandwidth', 'pass'],
      [`limit:${PAIR}`, 'pass'],
    ]);
    expect(report.verdict).toBe('pass');
    expect(report.counts).toEqual({ pass: 6, warning: 0, blocking: 0, unknown: 0 });
  });

  it('states the evidence with the numbers', () => {
    expect(formatMessage(item(report.items, `cidr:${VPC_B}:${VPC_A}`).evidence.message, 'en')).toBe(
      `${VPC_B} (${CIDR_B}) and ${VPC_A} (${CIDR_A}) do not overlap.`,
    );
    expect(formatMessage(item(report.items, `limit:${PAIR}`).evidence.message, 'en')).toBe(
      '5 Mbps fits: 0 of 8 Mbps is already allocated in the package you plan to buy (Mainland China ↔ Mainland China).',
    );
    expect(formatMessage(item(report.items, `grant:${VPC_B}`).evidence.message, 'zh')).toBe(
      `${VPC_B} 已授权给 ${CEN_ID}，所有者 UID 为 ${UID_A}。`,
    );
  });

  it('formats every sentence in both languages', () => {
    expect(unformatted(report)).toEqual([]);
  });
});

describe('runPreflight — CIDR blocks', () => {
  it('identical blocks are blocking (refused under REDUCED)', () => {
    const r = runPreflight(tutorialPreflight({ toAttach: [networkB({ cidrBlocks: known([CIDR_A]) })] }));
    const i = item(r.items, `cidr:${VPC_B}:${VPC_A}`);
    expect(i.verdict).toBe('blocking');
    expect(i.evidence.data).toMatchObject({
      check: 'cidr',
      relation: 'identical',
      collisions: [{ a: CIDR_A, b: CIDR_A, relation: 'identical' }],
    });
    expect(formatMessage(i.evidence.message, 'en')).toBe(
      `${VPC_B} uses ${CIDR_A} and ${VPC_A} uses ${CIDR_A}: the same block. The CEN (protection level REDUCED) refuses to attach two networks with identical CIDR blocks.`,
    );
    expect(r.verdict).toBe('blocking');
  });

  it('overlapping blocks are a warning (route conflicts after the attach)', () => {
    const r = runPreflight(
      tutorialPreflight({ toAttach: [networkB({ cidrBlocks: known(['172.16.0.0/12']) })] }),
    );
    const i = item(r.items, `cidr:${VPC_B}:${VPC_A}`);
    expect(i.verdict).toBe('warning');
    expect(i.evidence.message.key).toBe('preflight.cidr.overlapping');
    expect(r.verdict).toBe('warning');
  });

  it('a secondary block identical to another network’s block is named, even when the primary only overlaps', () => {
    const vpc = {
      VpcId: VPC_B,
      RegionId: 'cn-beijing',
      CidrBlock: '172.16.0.0/12',
      SecondaryCidrBlocks: { SecondaryCidrBlock: ['10.0.0.0/16'] },
    };
    const r = runPreflight(
      tutorialPreflight({
        toAttach: [networkB({ cidrBlocks: known(cidrBlocksOf(vpc)) })],
        inCen: known([
          {
            account: 'A',
            ownerUid: UID_A,
            regionId: 'cn-qingdao',
            vpcId: VPC_A,
            cidrBlocks: known([CIDR_A, '10.0.0.0/16']),
          },
        ]),
      }),
    );
    const i = item(r.items, `cidr:${VPC_B}:${VPC_A}`);
    expect(i.verdict).toBe('blocking');
    expect(i.evidence.message.params).toMatchObject({ aCidr: '10.0.0.0/16', bCidr: '10.0.0.0/16' });
  });

  it('a block that does not parse is unknown, not a silent pass', () => {
    const r = runPreflight(
      tutorialPreflight({ toAttach: [networkB({ cidrBlocks: known(['192.168.0.0/33']) })] }),
    );
    expect(item(r.items, `cidr:${VPC_B}:${VPC_A}`).verdict).toBe('unknown');
  });

  it('two networks to attach are compared with each other too', () => {
    const other: NetworkToAttach = {
      account: 'A',
      ownerUid: UID_A,
      regionId: 'cn-hangzhou',
      vpcId: 'vpc-hangzhou',
      cidrBlocks: known(['192.168.0.0/24']),
    };
    const r = runPreflight(tutorialPreflight({ toAttach: [networkB(), other], connections: [] }));
    expect(item(r.items, `cidr:${VPC_B}:vpc-hangzhou`).verdict).toBe('warning');
  });
});

describe('runPreflight — the grant', () => {
  it('missing grant: blocking, with GrantInstanceToCen in B as a catalogue-valid call', () => {
    const r = runPreflight(tutorialPreflight({ toAttach: [networkB({ grantsFromOwner: grantsOfB([]) })] }));
    const i = item(r.items, `grant:${VPC_B}`);
    expect(i.verdict).toBe('blocking');
    expect(formatMessage(i.evidence.message, 'en')).toBe(
      `Account B has not granted ${VPC_B} to ${CEN_ID}. Attaching it from another account will be refused (Forbbiden.AttachChildInstanceAcrossUid).`,
    );
    expect(i.fix?.call).toMatchObject({
      key: 'Vpc.GrantInstanceToCen',
      account: 'B',
      regionId: 'cn-beijing',
      params: {
        RegionId: 'cn-beijing',
        InstanceId: VPC_B,
        InstanceType: 'VPC',
        CenId: CEN_ID,
        CenOwnerId: UID_A,
      },
    });
    expect(findAction('Vpc', 'GrantInstanceToCen')!.params.safeParse(i.fix!.call!.params).success).toBe(true);
    expect(validateApiCall(i.fix!.call!)).toEqual({ ok: true });
  });

  it('granted to another CEN: names that CEN', () => {
    const r = runPreflight(
      tutorialPreflight({
        toAttach: [networkB({ grantsFromOwner: grantsOfB([{ cen: 'cen-other', owner: UID_A }]) })],
      }),
    );
    const i = item(r.items, `grant:${VPC_B}`);
    expect(i.verdict).toBe('blocking');
    expect(formatMessage(i.evidence.message, 'en')).toBe(
      `${VPC_B} is granted to cen-other (${UID_A}), but not to ${CEN_ID}.`,
    );
  });

  it('granted with the wrong owner UID: names both UIDs', () => {
    const wrong = '1262302482727554';
    const r = runPreflight(
      tutorialPreflight({
        toAttach: [networkB({ grantsFromOwner: grantsOfB([{ cen: CEN_ID, owner: wrong }]) })],
      }),
    );
    const i = item(r.items, `grant:${VPC_B}`);
    expect(i.verdict).toBe('blocking');
    expect(i.evidence.message.key).toBe('preflight.grant.wrongOwner');
    expect(i.evidence.message.params).toMatchObject({ granted: wrong, uid: UID_A });
    expect(formatMessage(i.fix!.message, 'en')).toContain(`grant it again with CEN owner UID ${UID_A}`);
    // The one-call part of the fix: revoke the grant naming the wrong owner, in B's account.
    expect(i.fix?.call).toMatchObject({
      key: 'Vpc.RevokeInstanceFromCen',
      account: 'B',
      params: { InstanceId: VPC_B, InstanceType: 'VPC', CenId: CEN_ID, CenOwnerId: wrong },
    });
    expect(i.fix?.call?.params.ClientToken).toEqual(expect.any(String));
  });

  it('permission denied in B: unknown naming B and the code; A’s view is used when it has the grant', () => {
    const denied = runPreflight(
      tutorialPreflight({
        toAttach: [
          networkB({
            grantsFromOwner: forbiddenInB('Vpc.DescribeGrantRulesToCen'),
            cidrBlocks: forbiddenInB('Vpc.DescribeVpcs'),
          }),
        ],
      }),
    );
    const g = item(denied.items, `grant:${VPC_B}`);
    expect(g.verdict).toBe('unknown');
    expect(g.failures).toEqual([expect.objectContaining({ account: 'B', code: 'Forbidden.RAM' })]);
    expect(formatMessage(g.fix!.message, 'en')).toBe(
      'Give Account B’s AccessKey (its RAM user or role) permission for Vpc.DescribeGrantRulesToCen, then run the check again.',
    );
    expect(item(denied.items, `cidr:${VPC_B}:${VPC_A}`).verdict).toBe('unknown');
    expect(denied.verdict).toBe('unknown');
    expect(unformatted(denied)).toEqual([]);

    const seenFromA = runPreflight(
      tutorialPreflight({
        toAttach: [networkB({ grantsFromOwner: forbiddenInB('Vpc.DescribeGrantRulesToCen') })],
        grantsToCen: known([
          {
            CenId: CEN_ID,
            CenOwnerId: UID_A,
            ChildInstanceId: VPC_B,
            ChildInstanceOwnerId: UID_B,
            ChildInstanceRegionId: 'cn-beijing',
            ChildInstanceType: 'VPC',
          },
        ]),
      }),
    );
    expect(item(seenFromA.items, `grant:${VPC_B}`).verdict).toBe('pass');
    const missingFromA = runPreflight(
      tutorialPreflight({
        toAttach: [networkB({ grantsFromOwner: forbiddenInB('Vpc.DescribeGrantRulesToCen') })],
        grantsToCen: known([]),
      }),
    );
    expect(item(missingFromA.items, `grant:${VPC_B}`).evidence.message.key).toBe(
      'preflight.grant.missingSeenFromCen',
    );
  });

  it('a network of the CEN owner needs no grant', () => {
    const own: NetworkToAttach = {
      account: 'A',
      ownerUid: UID_A,
      regionId: 'cn-qingdao',
      vpcId: VPC_A,
      cidrBlocks: known([CIDR_A]),
    };
    const r = runPreflight(tutorialPreflight({ toAttach: [own], inCen: known([]) }));
    expect(item(r.items, `grant:${VPC_A}`).evidence.message.key).toBe('preflight.grant.sameAccount');
  });
});

describe('runPreflight — package, areas and limits', () => {
  it('packages unreadable: a planned package that does not fit cannot make it blocking — unknown instead', () => {
    const r = runPreflight(
      tutorialPreflight({
        plannedPackage: { areaA: 'China', areaB: 'North-America', bandwidth: 8 },
        packages: forbiddenInB('Cbn.DescribeCenBandwidthPackages'),
      }),
    );
    expect(item(r.items, `areas:${PAIR}`).verdict).toBe('unknown');
    expect(item(r.items, `limit:${PAIR}`).verdict).toBe('unknown');
  });

  it('regions outside the package’s areas: blocking for the connection to set', () => {
    const r = runPreflight(
      tutorialPreflight({
        toAttach: [networkB({ regionId: 'us-west-1' })],
        connections: [{ localRegionId: 'cn-qingdao', oppositeRegionId: 'us-west-1', bandwidthLimit: 5 }],
      }),
    );
    const i = item(r.items, 'areas:cn-qingdao:us-west-1');
    expect(i.verdict).toBe('blocking');
    expect(formatMessage(i.evidence.message, 'en')).toBe(
      'No bandwidth package of this CEN connects Mainland China and North America, which China North 1 (Qingdao) [cn-qingdao] ↔ US West 1 (Silicon Valley) [us-west-1] needs. Packages: the package you plan to buy (Mainland China ↔ Mainland China).',
    );
    expect(formatMessage(i.fix!.message, 'zh')).toBe('在第 4 步购买互通区域为 中国大陆 ↔ 北美 的带宽包。');
  });

  it('no package at all before step 4: a warning that only 1 Kbps is available, not a block', () => {
    const r = runPreflight(tutorialPreflight({ plannedPackage: undefined, connections: [] }));
    const i = item(r.items, `areas:${PAIR}`);
    expect(i.verdict).toBe('warning');
    expect(i.evidence.message.key).toBe('preflight.areas.noPackage');
  });

  it('one package per area pair: buying a second China package for this CEN is blocking', () => {
    const r = runPreflight(tutorialPreflight({ packages: known([bandwidthPackage({})]) }));
    const i = item(r.items, 'package-per-span');
    expect(i.verdict).toBe('blocking');
    expect(formatMessage(i.evidence.message, 'en')).toContain(
      `The CEN already has package ${PKG_ID} for china_china`,
    );
    expect(formatMessage(i.fix!.message, 'en')).toBe(
      `Do not buy a new package: use ${PKG_ID}, or raise its bandwidth if it is too small.`,
    );
  });

  it('an existing package alone passes the span check and carries the limit', () => {
    const r = runPreflight(
      tutorialPreflight({ packages: known([bandwidthPackage({})]), plannedPackage: undefined }),
    );
    expect(item(r.items, 'package-per-span').verdict).toBe('pass');
    expect(item(r.items, `limit:${PAIR}`).evidence.data).toMatchObject({ packageId: PKG_ID, total: 8 });
  });

  it('sum of limits over the package: blocking with the numbers from bandwidth.ts', () => {
    const pkg = bandwidthPackage({ limits: [['cn-hangzhou', 'cn-shanghai', 5]] });
    const r = runPreflight(tutorialPreflight({ packages: known([pkg]), plannedPackage: undefined }));
    const i = item(r.items, `limit:${PAIR}`);
    expect(i.verdict).toBe('blocking');
    const problem = { kind: 'over-budget', requested: 5, allocated: 5, total: 8, remaining: 3 } as const;
    expect(i.evidence.data).toMatchObject({ problem, detail: describeLimitProblem(problem) });
    expect(formatMessage(i.evidence.message, 'en')).toBe(
      '5 Mbps does not fit: 5 Mbps of the package’s 8 Mbps is allocated to other connections, so 3 Mbps is left.',
    );
    expect(formatMessage(i.fix!.message, 'en')).toBe(
      'Set at most 3 Mbps, or raise the package’s bandwidth first.',
    );
  });

  it('connections set together share the budget', () => {
    const r = runPreflight(
      tutorialPreflight({
        connections: [
          { localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-beijing', bandwidthLimit: 5 },
          { localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-shanghai', bandwidthLimit: 4 },
        ],
      }),
    );
    expect(item(r.items, `limit:${PAIR}`).verdict).toBe('pass');
    expect(item(r.items, 'limit:cn-qingdao:cn-shanghai').evidence.data).toMatchObject({
      problem: { kind: 'over-budget', remaining: 3 },
    });
  });

  it('a limit above the package total is a range problem', () => {
    const r = runPreflight(
      tutorialPreflight({
        connections: [{ localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-beijing', bandwidthLimit: 9 }],
      }),
    );
    expect(item(r.items, `limit:${PAIR}`).evidence.message.key).toBe('preflight.limit.range');
  });

  it('package bandwidth outside 2–10000 Mbps is blocking', () => {
    for (const bandwidth of [1, 10001, 2.5]) {
      const r = runPreflight(
        tutorialPreflight({ plannedPackage: { areaA: 'China', areaB: 'China', bandwidth } }),
      );
      expect(item(r.items, 'package-bandwidth').verdict).toBe('blocking');
    }
    const edge = runPreflight(
      tutorialPreflight({ plannedPackage: { areaA: 'China', areaB: 'China', bandwidth: 10000 } }),
    );
    expect(item(edge.items, 'package-bandwidth').verdict).toBe('pass');
  });

  it('a fitting package not associated with the CEN: a warning with AssociateCenBandwidthPackage', () => {
    const idle = bandwidthPackage({ Status: 'Idle', CenIds: { CenId: [] } });
    const r = runPreflight(tutorialPreflight({ packages: known([idle]), plannedPackage: undefined }));
    const i = item(r.items, `areas:${PAIR}`);
    expect(i.verdict).toBe('warning');
    expect(i.fix?.call).toEqual({
      key: 'Cbn.AssociateCenBandwidthPackage',
      account: 'A',
      params: { CenId: CEN_ID, CenBandwidthPackageId: PKG_ID },
    });
    expect(validateApiCall(i.fix!.call!)).toEqual({ ok: true });
  });

  it('packages unreadable and none planned: areas and limit are unknown, never pass', () => {
    const r = runPreflight(
      tutorialPreflight({
        plannedPackage: undefined,
        packages: {
          ok: false,
          failure: { account: 'A', action: 'Cbn.DescribeCenBandwidthPackages', code: 'Throttling.User' },
        },
      }),
    );
    expect(item(r.items, `areas:${PAIR}`).verdict).toBe('unknown');
    expect(item(r.items, `limit:${PAIR}`).verdict).toBe('unknown');
    expect(item(r.items, 'package-per-span').verdict).toBe('unknown');
    expect(item(r.items, `limit:${PAIR}`).fix?.message.key).toBe('common.notInspected.retry.fix');
    expect(r.verdict).toBe('unknown');
  });
});
