// The runner against a toy cloud built from the domain's demo fixture: a full teardown sends each write once in
// the order the cloud requires; a teardown left half-way (limit already 0 and gone, package unassociated, one
// network detaching) resumes and sends only what remains; a refused write stops the run with the cloud's error.
// The same loop runs the Enterprise-Edition plan (the transit routers' teardown) when given it.
import {
  planEnterpriseTeardown,
  type EnterpriseTeardownInput,
} from '../../domain/plan/enterprise-teardown-plan';
import type { BffRequest } from '../../domain/plan/plan-runner';
import { DEMO, demoTeardownStart } from '../../domain/test-support/demo-fixture';
import { enterpriseTeardownAll } from '../../domain/test-support/enterprise-fixture';
import { planTeardown, type TeardownInput } from '../../domain/plan/teardown-plan';
import { DEMO_TEARDOWN_ACTIONS } from '../test-support/demo-teardown-order';
import { runTeardown, type RunnerDeps } from './teardown-runner';

/**
 * The runner's deps around a toy cloud of either edition: it reads the toy's state afresh with the tokens made so
 * far, makes each purpose's token once, and never really sleeps (the clock stands still unless a test moves it).
 */
function toyDeps<I extends TeardownInput | EnterpriseTeardownInput>(
  state: () => I,
  plan: RunnerDeps<I>['plan'],
  post: RunnerDeps<I>['post'],
  tokens: Record<string, string>,
): RunnerDeps<I> {
  return {
    readInput: () => Promise.resolve({ ...structuredClone(state()), clientTokens: { ...tokens } }),
    plan,
    post,
    tokenFor: (purpose) => (tokens[purpose] ??= `token-${Object.keys(tokens).length + 1}`),
    sleep: () => Promise.resolve(),
    now: () => 0,
    pollMs: 1,
    onEvent: () => {},
  };
}

function toyCloud(start: TeardownInput) {
  let state = structuredClone(start);
  const sent: string[] = [];
  const tokens: Record<string, string> = {};
  const settle = () => {
    state.limits = state.limits.filter((l) => !(l.bandwidthLimit === 0));
    state.attachments = state.attachments.filter((a) => a.status !== 'Detaching');
    if (state.cen?.status === 'Deleting') {
      const { cen: _gone, ...rest } = state;
      state = rest;
    }
  };
  // Each read answers a page of what the state holds, in the shape the cloud wraps it: { Outer: { Inner: [...] } }.
  const page = (outer: string, inner: string, items: unknown[]) => ({ [outer]: { [inner]: items } });
  const reads: Record<string, () => unknown> = {
    'Cbn.DescribeCens': () =>
      page('Cens', 'Cen', state.cen ? [{ CenId: state.cen.id, Status: state.cen.status }] : []),
    'Cbn.DescribeCenInterRegionBandwidthLimits': () =>
      page(
        'CenInterRegionBandwidthLimits',
        'CenInterRegionBandwidthLimit',
        state.limits.map((l) => ({
          LocalRegionId: l.localRegionId,
          OppositeRegionId: l.oppositeRegionId,
          Status: l.status,
        })),
      ),
    'Cbn.DescribeCenBandwidthPackages': () =>
      page(
        'CenBandwidthPackages',
        'CenBandwidthPackage',
        state.bandwidthPackages.map((b) => ({ CenBandwidthPackageId: b.id, Status: b.status })),
      ),
    'Cbn.DescribeCenAttachedChildInstances': () =>
      page(
        'ChildInstances',
        'ChildInstance',
        state.attachments.map((a) => ({ ChildInstanceId: a.instanceId, Status: a.status })),
      ),
    'Vpc.DescribeGrantRulesToCen': () =>
      page(
        'CenGrantRules',
        'CbnGrantRule',
        state.grants.map((g) => ({ CenInstanceId: g.cenId })),
      ),
  };
  const post = (req: BffRequest): Promise<unknown> => {
    const p = req.body.params;
    if (req.action.includes('Describe')) {
      settle();
      const read = reads[req.action];
      return read ? Promise.resolve(read()) : Promise.reject(new Error(`toy: no ${req.action}`));
    }
    sent.push(req.action);
    switch (req.action) {
      case 'Cbn.SetCenInterRegionBandwidthLimit':
        state.limits = state.limits.map((l) => ({
          ...l,
          bandwidthLimit: Number(p.BandwidthLimit),
          status: 'Modifying',
        }));
        break;
      case 'Cbn.UnassociateCenBandwidthPackage':
        if (state.limits.length)
          return Promise.reject(new Error('InvalidOperation.CenBandwidthLimitsNotZero'));
        state.bandwidthPackages = state.bandwidthPackages.map((b) => ({
          ...b,
          associated: false,
          status: 'Idle',
        }));
        break;
      case 'Cbn.DetachCenChildInstance':
        state.attachments = state.attachments.map((a) =>
          a.instanceId === p.ChildInstanceId ? { ...a, status: 'Detaching' } : a,
        );
        break;
      case 'Cbn.DeleteCen':
        if (state.attachments.length) return Promise.reject(new Error('InvalidOperation.CenInstanceStatus'));
        if (state.cen) state.cen = { ...state.cen, status: 'Deleting' };
        break;
      case 'Vpc.RevokeInstanceFromCen':
        if (!p.ClientToken) return Promise.reject(new Error('MissingParameter.ClientToken'));
        state.grants = [];
        break;
    }
    return Promise.resolve({ RequestId: 'r' });
  };
  const deps = toyDeps(() => state, planTeardown, post, tokens);
  return { deps, sent, tokens, state: () => state };
}

describe('runTeardown', () => {
  it('takes the demo setup down in the order the cloud requires, each write once', async () => {
    const toy = toyCloud(demoTeardownStart());
    const result = await runTeardown(toy.deps);
    expect(result.kind).toBe('complete');
    expect(toy.sent).toEqual(DEMO_TEARDOWN_ACTIONS);
    // The revoke's token was made once for its purpose and kept (a retry would reuse it).
    expect(Object.keys(toy.tokens)).toEqual([`teardown.RevokeInstanceFromCen:${DEMO.cenId}:${DEMO.vpcB}`]);
    expect(toy.state().cen).toBeUndefined();
    // The prepaid package stays (no API can delete it); the plan warned about it.
    if (result.kind === 'complete')
      expect(result.plan.warnings.map((w) => w.code)).toEqual(['prepaid-package-not-deletable']);
  });

  it('resumes a half-finished teardown with only what remains', async () => {
    const start = demoTeardownStart();
    const half: TeardownInput = {
      ...start,
      limits: [],
      bandwidthPackages: start.bandwidthPackages.map((b) => ({ ...b, associated: false, status: 'Idle' })),
      attachments: start.attachments.map((a) => (a.owner === 'A' ? { ...a, status: 'Detaching' } : a)),
    };
    const toy = toyCloud(half);
    const events: string[] = [];
    toy.deps.onEvent = (e) => {
      if (e.kind === 'poll') events.push(`${e.call.id}:${e.observed}`);
    };
    const result = await runTeardown(toy.deps);
    expect(result.kind).toBe('complete');
    expect(toy.sent).toEqual(['Cbn.DetachCenChildInstance', 'Cbn.DeleteCen', 'Vpc.RevokeInstanceFromCen']);
    // A's network was already detaching: the runner only waited for it to be gone.
    expect(events[0]).toBe(`detach:${DEMO.vpcA}:gone`);
  });

  it('stops with the cloud’s error when a write is refused, and a second run picks up from there', async () => {
    const toy = toyCloud(demoTeardownStart());
    const post = toy.deps.post;
    let fail = true;
    toy.deps.post = (req) => {
      if (fail && req.action === 'Cbn.DeleteCen') {
        fail = false;
        return Promise.reject(new Error('Throttling.User'));
      }
      return post(req);
    };
    await expect(runTeardown(toy.deps)).rejects.toThrow('Throttling.User');
    expect(toy.sent).not.toContain('Cbn.DeleteCen');
    const result = await runTeardown(toy.deps);
    expect(result.kind).toBe('complete');
    expect(toy.sent.filter((a) => a === 'Cbn.DetachCenChildInstance')).toHaveLength(2);
  });

  it('gives up waiting after the wait’s timeout, naming what it last saw', async () => {
    const toy = toyCloud(demoTeardownStart());
    let clock = 0;
    toy.deps.now = () => clock;
    toy.deps.sleep = (ms) => {
      clock += ms * 60_000;
      return Promise.resolve();
    };
    const post = toy.deps.post;
    toy.deps.post = (req) =>
      req.action === 'Cbn.DescribeCenInterRegionBandwidthLimits'
        ? Promise.resolve({
            CenInterRegionBandwidthLimits: {
              CenInterRegionBandwidthLimit: [
                { LocalRegionId: DEMO.regionA, OppositeRegionId: DEMO.regionB, Status: 'Modifying' },
              ],
            },
          })
        : post(req);
    await expect(runTeardown(toy.deps)).rejects.toThrow(/still "Modifying"/);
  });
});

/**
 * A toy Enterprise cloud: each delete removes its resource at once, so every list a wait polls no longer holds it
 * (an empty page settles an 'until gone' wait). A revoke while B's VPC is still attached is refused, as the cloud
 * refuses it (IncorrectStatus, mocks/FIDELITY.md §8), so the order is checked, not only the set of calls.
 */
function toyEnterpriseCloud(start: EnterpriseTeardownInput) {
  const state = structuredClone(start);
  const sent: string[] = [];
  const tokens: Record<string, string> = {};
  const empty = {
    TransitRouters: [],
    TransitRouterAttachments: [],
    TransitRouterAssociations: [],
    TransitRouterPropagations: [],
    RouteEntrys: { RouteEntry: [] },
    Cens: { Cen: [] },
  };
  const post = (req: BffRequest): Promise<unknown> => {
    const p = req.body.params;
    if (/\.(List|Describe)/.test(req.action)) return Promise.resolve(empty);
    sent.push(req.action);
    switch (req.action) {
      case 'Vpc.DeleteRouteEntry':
        state.routes = state.routes.filter((r) => r.routeEntryId !== p.RouteEntryId);
        break;
      case 'Cbn.DissociateTransitRouterAttachmentFromRouteTable':
      case 'Cbn.DisableTransitRouterRouteTablePropagation': {
        const kind = req.action.includes('Dissociate') ? 'association' : 'propagation';
        state.links = state.links.filter(
          (l) =>
            !(
              l.kind === kind &&
              l.attachmentId === p.TransitRouterAttachmentId &&
              l.routeTableId === p.TransitRouterRouteTableId
            ),
        );
        break;
      }
      case 'Cbn.DeleteTransitRouterVpcAttachment':
      case 'Cbn.DeleteTransitRouterPeerAttachment':
        if (state.links.some((l) => l.attachmentId === p.TransitRouterAttachmentId))
          return Promise.reject(new Error('DependencyViolation.TransitRouterAttachment'));
        state.attachments = state.attachments.filter((a) => a.id !== p.TransitRouterAttachmentId);
        break;
      case 'Cbn.DeleteTransitRouter':
        if (state.attachments.some((a) => a.routerIds.includes(String(p.TransitRouterId))))
          return Promise.reject(new Error('InvalidOperation.AttachedChildInstanceExist'));
        state.routers = state.routers.filter((r) => r.id !== p.TransitRouterId);
        break;
      case 'Cbn.RevokeInstanceFromTransitRouter':
        if (state.attachments.some((a) => a.vpcId === p.InstanceId))
          return Promise.reject(new Error('IncorrectStatus'));
        state.grants = state.grants.filter((g) => g.vpcId !== p.InstanceId);
        break;
      case 'Cbn.DeleteCen':
        if (state.routers.length) return Promise.reject(new Error('DependencyViolation.TransitRouter'));
        delete state.cen;
        break;
      default:
        return Promise.reject(new Error(`toy: no ${req.action}`));
    }
    return Promise.resolve({ RequestId: 'r' });
  };
  return { deps: toyDeps(() => state, planEnterpriseTeardown, post, tokens), sent, state: () => state };
}

describe('runTeardown on Enterprise Edition', () => {
  it('runs the transit routers’ plan to the end: routes, links, attachments, routers, B’s revoke, the CEN', async () => {
    const start = enterpriseTeardownAll();
    start.routes = start.routes.map((r, i) => ({ ...r, routeEntryId: `rte-${i}` }));
    const toy = toyEnterpriseCloud(start);
    const result = await runTeardown(toy.deps);
    expect(result.kind).toBe('complete');
    expect(toy.sent).toEqual([
      'Vpc.DeleteRouteEntry',
      'Vpc.DeleteRouteEntry',
      ...Array.from({ length: 4 }, () => [
        'Cbn.DissociateTransitRouterAttachmentFromRouteTable',
        'Cbn.DisableTransitRouterRouteTablePropagation',
      ]).flat(),
      'Cbn.DeleteTransitRouterVpcAttachment',
      'Cbn.DeleteTransitRouterVpcAttachment',
      'Cbn.DeleteTransitRouterPeerAttachment',
      'Cbn.DeleteTransitRouter',
      'Cbn.DeleteTransitRouter',
      'Cbn.RevokeInstanceFromTransitRouter',
      'Cbn.DeleteCen',
    ]);
    const left = toy.state();
    expect([left.cen, left.routers, left.attachments, left.links, left.grants]).toEqual([
      undefined,
      [],
      [],
      [],
      [],
    ]);
  });
});
