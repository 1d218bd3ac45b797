import { DEMO, demoFresh } from '../test-support/demo-fixture';
import { bffRequest, checkWait, nextAction, readOutput, remainingCalls, waitRequest } from './plan-runner';
import type { SetupInput } from './setup-input';
import { planSetup } from './setup-plan';

const cenAnswer = (status: string) => ({
  RequestId: 'R',
  TotalCount: 1,
  PageNumber: 1,
  PageSize: 10,
  Cens: { Cen: [{ CenId: DEMO.cenId, Status: status }] },
});

describe('plan runner helpers', () => {
  it('starts with CreateCen and builds the exact BFF request once the ClientToken exists', () => {
    const plan = planSetup({ ...demoFresh(), clientTokens: { 'step1.CreateCen': 'tok-create' } });
    const next = nextAction(plan);
    expect(next.kind).toBe('call');
    if (next.kind !== 'call') return;
    expect(bffRequest(next.call)).toEqual({
      action: 'Cbn.CreateCen',
      path: '/api/openapi/Cbn.CreateCen',
      body: { account: 'A', params: { Name: 'DifferentAccountDifferentRegion', ClientToken: 'tok-create' } },
    });
    expect(readOutput(next.call, { RequestId: 'R', CenId: DEMO.cenId })).toEqual({
      output: 'cenId',
      value: DEMO.cenId,
    });
  });

  it('refuses to build a request that would send a placeholder or lack its ClientToken', () => {
    const plan = planSetup(demoFresh());
    const create = plan.calls[0]!;
    expect(() => bffRequest(create)).toThrow(/ClientToken for "step1.CreateCen"/);
    const associate = plan.calls.find((c) => c.id === 'associate-package')!;
    expect(() => bffRequest(associate)).toThrow(/cenId, bandwidthPackageId/);
  });

  it('regional calls carry their region in the body too', () => {
    const input: SetupInput = {
      ...demoFresh(),
      cen: { name: 'X1', id: DEMO.cenId, status: 'Active' },
      clientTokens: { [`step2.GrantInstanceToCen:${DEMO.cenId}:${DEMO.vpcB}`]: 'tok-grant' },
    };
    input.networks = input.networks.map((n) => (n.owner === 'A' ? { ...n, attachment: 'Attached' } : n));
    const plan = planSetup(input);
    const next = nextAction(plan);
    expect(next).toMatchObject({ kind: 'call', call: { key: 'Vpc.GrantInstanceToCen' } });
    if (next.kind === 'call')
      expect(bffRequest(next.call).body).toMatchObject({
        account: 'B',
        regionId: DEMO.regionB,
        params: { RegionId: DEMO.regionB, ClientToken: 'tok-grant' },
      });
    expect(remainingCalls(plan).map((c) => c.id)).not.toContain('create-cen');
  });

  it('reads a poll: settled only on the target status; gone when the list no longer has the item', () => {
    const plan = planSetup({ ...demoFresh(), cen: { name: 'X1', id: DEMO.cenId, status: 'Creating' } });
    const wait = plan.calls[0]!.waitFor!;
    expect(waitRequest(wait).body.params).toEqual({ Filter: [{ Key: 'CenId', Value: [DEMO.cenId] }] });
    expect(checkWait(wait, cenAnswer('Creating'))).toEqual({ settled: false, observed: 'Creating' });
    expect(checkWait(wait, cenAnswer('Active'))).toEqual({ settled: true, observed: 'Active' });
    expect(checkWait(wait, { Cens: { Cen: [] } })).toEqual({ settled: false, observed: 'gone' });
    expect(checkWait({ ...wait, until: 'gone' }, { Cens: { Cen: [] } })).toEqual({
      settled: true,
      observed: 'gone',
    });
  });

  it('finds a region connection listed the other way round', () => {
    const plan = planSetup({ ...demoFresh(), cen: { name: 'X1', id: DEMO.cenId, status: 'Active' } });
    const wait = plan.calls.find((c) => c.action === 'SetCenInterRegionBandwidthLimit')!.waitFor!;
    const answer = (local: string, opposite: string, status: string) => ({
      CenInterRegionBandwidthLimits: {
        CenInterRegionBandwidthLimit: [{ LocalRegionId: local, OppositeRegionId: opposite, Status: status }],
      },
    });
    expect(checkWait(wait, answer(DEMO.regionB, DEMO.regionA, 'Active')).settled).toBe(true);
    expect(checkWait(wait, answer(DEMO.regionB, DEMO.regionA, 'Modifying')).settled).toBe(false);
    expect(checkWait(wait, answer(DEMO.regionB, 'cn-shanghai', 'Active')).observed).toBe('gone');
  });
});
