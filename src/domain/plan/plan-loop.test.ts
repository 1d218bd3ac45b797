// The console's loop, run against a toy cloud: compute the plan from progress → nextAction → POST or poll →
// save what the cloud said → again. It must reach 'complete' by sending exactly the tutorial's writes once each,
// and a teardown must do the same from any half-finished state. The toy cloud only models statuses
// (docs/reference/cen-api.md §3): each write leaves its resource in the transitional status until the next poll.
import { findAction } from '../openapi/actions';
import type { Product } from '../openapi/products';
import { DEMO, demoFresh } from '../test-support/demo-fixture';
import { bffRequest, checkWait, nextAction, readOutput, waitRequest, type BffRequest } from './plan-runner';
import type { Plan } from './plan-types';
import type { SetupInput } from './setup-input';
import { planSetup } from './setup-plan';
import { planTeardown, type TeardownInput } from './teardown-plan';

interface Toy {
  cen?: { id: string; status: string };
  grants: Set<string>;
  children: Map<string, string>;
  pkg?: { id: string; status: string; cenIds: string[] };
  limits: Map<string, { bandwidthLimit: number; status: string }>;
  tokens: Record<string, string>;
}

const pairKey = (a: unknown, b: unknown) => [String(a), String(b)].sort().join('|');

/** What the console would pass to planSetup: its progress plus what the Describe* calls show. */
function setupInput(toy: Toy): SetupInput {
  const fresh = demoFresh();
  return {
    ...fresh,
    cen: { ...fresh.cen, ...(toy.cen ? { id: toy.cen.id, status: toy.cen.status } : {}) },
    networks: fresh.networks.map((n) => ({
      ...n,
      granted: toy.grants.has(n.instanceId),
      attachment: toy.children.get(n.instanceId),
    })),
    bandwidthPackage: fresh.bandwidthPackage && { ...fresh.bandwidthPackage, ...(toy.pkg ?? {}) },
    limits: fresh.limits.map((l) => ({
      ...l,
      current: toy.limits.get(pairKey(l.localRegionId, l.oppositeRegionId)),
    })),
    clientTokens: toy.tokens,
  };
}

function teardownInput(toy: Toy): TeardownInput {
  return {
    accounts: { A: { uid: DEMO.uidA }, B: { uid: DEMO.uidB } },
    ...(toy.cen ? { cen: toy.cen } : {}),
    limits: [...toy.limits].map(([k, v]) => {
      const [a = '', b = ''] = k.split('|');
      return { localRegionId: a, oppositeRegionId: b, ...v };
    }),
    bandwidthPackages: toy.pkg
      ? [
          {
            id: toy.pkg.id,
            status: toy.pkg.status,
            associated: toy.pkg.cenIds.length > 0,
            chargeType: 'PREPAY',
          },
        ]
      : [],
    attachments: demoFresh()
      .networks.filter((n) => toy.children.has(n.instanceId))
      .map((n) => ({ ...n, status: toy.children.get(n.instanceId) ?? '' })),
    grants: demoFresh()
      .networks.filter((n) => toy.grants.has(n.instanceId))
      .map((n) => ({ cenId: DEMO.cenId, instanceId: n.instanceId, type: n.type, regionId: n.regionId })),
    clientTokens: toy.tokens,
  };
}

/**
 * The toy cloud answering one write: the transitional status of docs/reference/cen-api.md §3, and the refusals that make order
 * matter (docs/reference/cen-api.md §4, docs/reference/peer-failures.md §1.3) — so a loop that skipped a wait or reordered calls would fail here.
 */
function write(toy: Toy, req: BffRequest): Record<string, unknown> {
  const p = req.body.params;
  const refuse = (code: string) => {
    throw new Error(`${req.action}: ${code}`);
  };
  const needsActiveCen = ['Attach', 'Associate', 'SetCen', 'Unassociate', 'Detach', 'DeleteCen'];
  if (needsActiveCen.some((a) => req.action.includes(a)) && toy.cen?.status !== 'Active')
    refuse('InvalidOperation.CenInstanceStatus');
  if (
    req.action === 'Cbn.AttachCenChildInstance' &&
    p.ChildInstanceOwnerId &&
    !toy.grants.has(String(p.ChildInstanceId))
  )
    refuse('Forbbiden.AttachChildInstanceAcrossUid');
  if (req.action === 'Cbn.AssociateCenBandwidthPackage' && toy.pkg?.status !== 'Idle')
    refuse('InvalidOperation.BwpInstanceStatus');
  if (req.action === 'Cbn.SetCenInterRegionBandwidthLimit' && Number(p.BandwidthLimit) > 0) {
    if (toy.pkg?.status !== 'InUse') refuse('no package associated');
    if ([...toy.children.values()].some((s) => s !== 'Attached'))
      refuse('InvalidOperation.ChildInstanceStatus');
  }
  if (req.action === 'Cbn.UnassociateCenBandwidthPackage' && toy.limits.size > 0)
    refuse('InvalidOperation.CenBandwidthLimitsNotZero');
  if (req.action === 'Cbn.DeleteCen' && (toy.children.size > 0 || (toy.pkg?.cenIds.length ?? 0) > 0))
    refuse('InvalidOperation.CenInstanceStatus');
  if (req.action === 'Vpc.RevokeInstanceFromCen' && toy.children.has(String(p.InstanceId)))
    refuse('IncorrectStatus');
  switch (req.action) {
    case 'Cbn.CreateCen':
      toy.cen = { id: DEMO.cenId, status: 'Creating' };
      return { CenId: DEMO.cenId };
    case 'Vpc.GrantInstanceToCen':
      toy.grants.add(String(p.InstanceId));
      return {};
    case 'Cbn.AttachCenChildInstance':
      toy.children.set(String(p.ChildInstanceId), 'Attaching');
      return {};
    case 'Cbn.CreateCenBandwidthPackage':
      toy.pkg = { id: DEMO.packageId, status: 'Creating', cenIds: [] };
      return { CenBandwidthPackageId: DEMO.packageId };
    case 'Cbn.AssociateCenBandwidthPackage':
      toy.pkg = { id: DEMO.packageId, status: 'Idle', cenIds: [String(p.CenId)] };
      return {};
    case 'Cbn.SetCenInterRegionBandwidthLimit':
      toy.limits.set(pairKey(p.LocalRegionId, p.OppositeRegionId), {
        bandwidthLimit: Number(p.BandwidthLimit),
        status: 'Modifying',
      });
      return {};
    case 'Cbn.UnassociateCenBandwidthPackage':
      if (toy.pkg) toy.pkg = { ...toy.pkg, cenIds: [], status: 'InUse' };
      return {};
    case 'Cbn.DetachCenChildInstance':
      toy.children.set(String(p.ChildInstanceId), 'Detaching');
      return {};
    case 'Cbn.DeleteCen':
      if (toy.cen) toy.cen.status = 'Deleting';
      return {};
    case 'Vpc.RevokeInstanceFromCen':
      toy.grants.delete(String(p.InstanceId));
      return {};
  }
  throw new Error(`toy cloud: no ${req.action}`);
}

/** A poll: time passes, every transitional status settles, and the Describe answer is built from the toy. */
function poll(toy: Toy, req: BffRequest): unknown {
  if (toy.cen?.status === 'Creating') toy.cen.status = 'Active';
  if (toy.cen?.status === 'Deleting') delete toy.cen;
  for (const [id, s] of toy.children)
    if (s === 'Attaching') toy.children.set(id, 'Attached');
    else if (s === 'Detaching') toy.children.delete(id);
  if (toy.pkg?.status === 'Creating') toy.pkg.status = 'Idle';
  if (toy.pkg && toy.pkg.cenIds.length > 0) toy.pkg.status = 'InUse';
  if (toy.pkg && toy.pkg.cenIds.length === 0) toy.pkg.status = 'Idle';
  for (const [k, l] of toy.limits)
    if (l.bandwidthLimit === 0) toy.limits.delete(k);
    else l.status = 'Active';
  switch (req.action) {
    case 'Cbn.DescribeCens':
      return { Cens: { Cen: toy.cen ? [{ CenId: toy.cen.id, Status: toy.cen.status }] : [] } };
    case 'Cbn.DescribeCenAttachedChildInstances':
      return {
        ChildInstances: {
          ChildInstance: [...toy.children].map(([id, s]) => ({ ChildInstanceId: id, Status: s })),
        },
      };
    case 'Cbn.DescribeCenBandwidthPackages':
      return {
        CenBandwidthPackages: {
          CenBandwidthPackage: toy.pkg ? [{ CenBandwidthPackageId: toy.pkg.id, Status: toy.pkg.status }] : [],
        },
      };
    case 'Cbn.DescribeCenInterRegionBandwidthLimits':
      return {
        CenInterRegionBandwidthLimits: {
          CenInterRegionBandwidthLimit: [...toy.limits].map(([k, v]) => {
            const [a, b] = k.split('|');
            return { LocalRegionId: a, OppositeRegionId: b, Status: v.status };
          }),
        },
      };
    case 'Vpc.DescribeGrantRulesToCen':
      return { CenGrantRules: { CbnGrantRule: toy.grants.size ? [{ CenInstanceId: DEMO.cenId }] : [] } };
  }
  throw new Error(`toy cloud: no ${req.action}`);
}

function validates(req: BffRequest) {
  const [product, action] = req.action.split('.') as [Product, string];
  expect(findAction(product, action)?.params.safeParse(req.body.params).success, req.action).toBe(true);
}

/** Runs the console's loop; returns the writes made, in order. */
function runLoop(toy: Toy, plan: (toy: Toy) => Plan): string[] {
  const writes: string[] = [];
  for (let turn = 0; turn < 100; turn++) {
    const current = plan(toy);
    const next = nextAction(current);
    if (next.kind === 'complete') return writes;
    if (next.kind === 'blocked') throw new Error(`blocked: ${next.reason}`);
    if (next.kind === 'call') {
      const purpose = next.call.clientToken?.purpose;
      if (purpose && !next.call.clientToken?.value) {
        toy.tokens = { ...toy.tokens, [purpose]: `token-${turn}` }; // clientTokenFor(purpose), then plan again
        continue;
      }
      const req = bffRequest(next.call);
      validates(req);
      writes.push(`${req.action} ${req.body.account}`);
      const output = readOutput(next.call, write(toy, req));
      if (output?.output === 'cenId') expect(output.value).toBe(DEMO.cenId);
      // A write with a wait is followed by its poll; the plan shows it 'waiting' until the poll settles.
      continue;
    }
    const req = waitRequest(next.waitFor);
    validates(req);
    checkWait(next.waitFor, poll(toy, req));
  }
  throw new Error('the loop did not finish in 100 turns');
}

const empty = (): Toy => ({ grants: new Set(), children: new Map(), limits: new Map(), tokens: {} });

describe('the console loop over the plan', () => {
  it('sets the demo up with each tutorial write exactly once, then the plan is complete', () => {
    const toy = empty();
    expect(runLoop(toy, (t) => planSetup(setupInput(t)))).toEqual([
      'Cbn.CreateCen A',
      'Cbn.AttachCenChildInstance A',
      'Vpc.GrantInstanceToCen B',
      'Cbn.AttachCenChildInstance A',
      'Cbn.CreateCenBandwidthPackage A',
      'Cbn.AssociateCenBandwidthPackage A',
      'Cbn.SetCenInterRegionBandwidthLimit A',
    ]);
    expect(planSetup(setupInput(toy)).calls.every((c) => c.status === 'done')).toBe(true);
  });

  it('tears it down again, and a teardown interrupted half-way resumes with only what remains', () => {
    const toy = empty();
    runLoop(toy, (t) => planSetup(setupInput(t)));
    // Interrupt after three writes: limit to 0, unassociate, first detach.
    const first = runLoopLimited(toy, 3);
    expect(first).toEqual([
      'Cbn.SetCenInterRegionBandwidthLimit A',
      'Cbn.UnassociateCenBandwidthPackage A',
      'Cbn.DetachCenChildInstance A',
    ]);
    expect(runLoop(toy, (t) => planTeardown(teardownInput(t)))).toEqual([
      'Cbn.DetachCenChildInstance A',
      'Cbn.DeleteCen A',
      'Vpc.RevokeInstanceFromCen B',
    ]);
    expect(toy.cen).toBeUndefined();
    expect(toy.grants.size).toBe(0);
    expect(toy.children.size).toBe(0);
    // The prepaid package outlives the teardown, as the warning says.
    expect(planTeardown(teardownInput(toy)).warnings.map((w) => w.code)).toEqual([
      'prepaid-package-not-deletable',
    ]);
  });
});

function runLoopLimited(toy: Toy, maxWrites: number): string[] {
  const writes: string[] = [];
  for (let turn = 0; turn < 100 && writes.length < maxWrites; turn++) {
    const current = planTeardown(teardownInput(toy));
    const next = nextAction(current);
    if (next.kind === 'call') {
      const req = bffRequest(next.call);
      writes.push(`${req.action} ${req.body.account}`);
      write(toy, req);
    } else if (next.kind === 'wait') poll(toy, waitRequest(next.waitFor));
    else break;
  }
  return writes;
}
