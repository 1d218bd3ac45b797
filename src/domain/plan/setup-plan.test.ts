import { CEN_NAME_RULE } from '../cen';
import { flattenParams } from '../openapi/flatten';
import { DEMO, demoDone, demoFresh } from '../test-support/demo-fixture';
import { expectCatalogueValid } from '../test-support/plan-assertions';
import { nextAction } from './plan-runner';
import { PLACEHOLDER, type Plan, type PlannedCall } from './plan-types';
import type { SetupInput } from './setup-input';
import { planSetup } from './setup-plan';

const byId = (plan: Plan, id: string): PlannedCall => {
  const call = plan.calls.find((c) => c.id === id);
  if (!call) throw new Error(`no call ${id} in ${plan.calls.map((c) => c.id).join(', ')}`);
  return call;
};

describe('planSetup — the tutorial as OpenAPI calls', () => {
  it('orders the demo run as the tutorial does, each call by the account and in the region that must make it', () => {
    const plan = planSetup(demoFresh());
    expect(plan.calls.map((c) => [c.step, c.key, c.account, c.regionId ?? null])).toEqual([
      [1, 'Cbn.CreateCen', 'A', null],
      [1, 'Cbn.AttachCenChildInstance', 'A', null],
      [2, 'Vpc.GrantInstanceToCen', 'B', DEMO.regionB],
      [3, 'Cbn.AttachCenChildInstance', 'A', null],
      [4, 'Cbn.CreateCenBandwidthPackage', 'A', null],
      [4, 'Cbn.AssociateCenBandwidthPackage', 'A', null],
      [5, 'Cbn.SetCenInterRegionBandwidthLimit', 'A', null],
    ]);
    expect(plan.calls.every((c) => c.status === 'pending')).toBe(true);
  });

  it('puts the cross-account identities where the API wants them: A’s UID in the grant, B’s in the attach', () => {
    const plan = planSetup(demoFresh());
    expect(byId(plan, `grant:${DEMO.vpcB}`).params).toMatchObject({
      RegionId: DEMO.regionB,
      InstanceId: DEMO.vpcB,
      InstanceType: 'VPC',
      CenOwnerId: DEMO.uidA,
    });
    expect(byId(plan, `attach:${DEMO.vpcB}`).params).toMatchObject({ ChildInstanceOwnerId: DEMO.uidB });
    // A's own VPC needs no owner ID (same account, docs/reference/cen-api.md §2 step 3).
    expect(byId(plan, `attach:${DEMO.vpcA}`).params).not.toHaveProperty('ChildInstanceOwnerId');
  });

  it('uses placeholders only for outputs not produced yet, and records where they are', () => {
    const plan = planSetup(demoFresh());
    const associate = byId(plan, 'associate-package');
    expect(associate.params).toEqual({
      CenId: PLACEHOLDER.cenId,
      CenBandwidthPackageId: PLACEHOLDER.bandwidthPackageId,
    });
    expect(associate.refs).toEqual({ CenId: 'cenId', CenBandwidthPackageId: 'bandwidthPackageId' });
    expect(byId(plan, 'create-cen').produces).toEqual({ output: 'cenId', field: 'CenId' });

    const after = planSetup({
      ...demoFresh(),
      cen: { name: 'DifferentAccountDifferentRegion', id: DEMO.cenId },
    });
    expect(byId(after, 'associate-package').params.CenId).toBe(DEMO.cenId);
    expect(JSON.stringify(byId(after, `attach:${DEMO.vpcB}`).params)).not.toContain('{{');
  });

  it('every call the console would send validates against the catalogue schema — fresh, half-way and done', () => {
    const fresh = demoFresh();
    const halfway: SetupInput = {
      ...fresh,
      cen: { ...fresh.cen, id: DEMO.cenId, status: 'Active' },
      networks: fresh.networks.map((n) => ({ ...n, granted: true, attachment: 'Attached' })),
      clientTokens: { ...DEMO.tokens },
    };
    for (const input of [fresh, halfway, demoDone()]) expectCatalogueValid(planSetup(input));
  });

  it('adds the console’s ClientToken to the writes that take one, under the console’s purposes', () => {
    const withTokens = planSetup({
      ...demoDone(),
      cen: { name: 'DifferentAccountDifferentRegion', id: DEMO.cenId },
    });
    const tokenised = withTokens.calls.filter((c) => c.clientToken);
    expect(tokenised.map((c) => c.key)).toEqual([
      'Cbn.CreateCen',
      'Vpc.GrantInstanceToCen',
      'Cbn.CreateCenBandwidthPackage',
    ]);
    for (const call of tokenised) {
      expect(call.clientToken?.value).toBe(DEMO.tokens[call.clientToken?.purpose ?? '']);
      expect(call.params.ClientToken).toBe(call.clientToken?.value);
    }
    // Without a saved token the params carry none and the purpose tells the console which one to make.
    const fresh = planSetup(demoFresh());
    const create = byId(fresh, 'create-cen');
    expect(create.params).not.toHaveProperty('ClientToken');
    expect(create.clientToken).toEqual({ purpose: 'step1.CreateCen' });
    // Writes the catalogue marks without clientToken never get one (the BFF would not retry them anyway).
    expect(byId(fresh, 'associate-package').clientToken).toBeUndefined();
  });

  it('marks what the cloud already shows as done, and what is still settling as waiting', () => {
    expect(planSetup(demoDone()).calls.map((c) => c.status)).toEqual(Array(7).fill('done'));

    const creating = planSetup({ ...demoFresh(), cen: { name: 'X1', id: DEMO.cenId, status: 'Creating' } });
    expect(byId(creating, 'create-cen').status).toBe('waiting');
    const next = nextAction(creating);
    expect(next.kind).toBe('wait');
    if (next.kind === 'wait')
      expect(next.waitFor).toMatchObject({
        poll: 'Cbn.DescribeCens',
        params: { Filter: [{ Key: 'CenId', Value: [DEMO.cenId] }] },
        until: ['Active'],
      });

    const done = demoDone();
    const attaching = planSetup({
      ...done,
      networks: done.networks.map((n) => (n.owner === 'B' ? { ...n, attachment: 'Attaching' } : n)),
    });
    expect(byId(attaching, `attach:${DEMO.vpcB}`).status).toBe('waiting');
    expect(byId(attaching, `grant:${DEMO.vpcB}`).status).toBe('done');
  });

  it('changes an existing region connection whose bandwidth differs', () => {
    const done = demoDone();
    const plan = planSetup({
      ...done,
      limits: done.limits.map((l) => ({ ...l, current: { bandwidthLimit: 3, status: 'Active' } })),
    });
    const limit = byId(plan, 'limit:cn-beijing:cn-qingdao');
    expect(limit.status).toBe('pending');
    expect(limit.params.BandwidthLimit).toBe(5);
    expect(limit.summary).toContain('now 3 Mbps');
  });

  describe('blocked calls say why, and so do the calls after them', () => {
    it('an over-budget connection names the remaining bandwidth (bandwidth.ts budget rule)', () => {
      const input = demoFresh();
      input.limits = [{ ...input.limits[0]!, bandwidthLimit: 9 }];
      const limit = byId(planSetup(input), 'limit:cn-beijing:cn-qingdao');
      expect(limit.status).toBe('blocked');
      expect(limit.reason).toMatch(/from 1 to 8 Mbps/);
    });

    it('a connection outside the package’s areas (Hong Kong is Asia Pacific)', () => {
      const input = demoFresh();
      input.networks = [
        ...input.networks,
        { owner: 'B', type: 'VPC', regionId: 'cn-hongkong', instanceId: 'vpc-hk' },
      ];
      input.limits = [{ localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-hongkong', bandwidthLimit: 2 }];
      expect(byId(planSetup(input), 'limit:cn-hongkong:cn-qingdao').reason).toMatch(/interconnected areas/);
    });

    it('a connection to a region without an attached network', () => {
      const input = demoFresh();
      input.limits = [{ localRegionId: 'cn-qingdao', oppositeRegionId: 'cn-shanghai', bandwidthLimit: 2 }];
      expect(byId(planSetup(input), 'limit:cn-qingdao:cn-shanghai').reason).toMatch(
        /No network in cn-shanghai/,
      );
    });

    it('a CEN name the catalogue refuses blocks step 1 with the tutorial’s rule, and everything after it', () => {
      const plan = planSetup({ ...demoFresh(), cen: { name: '1-not-a-letter' } });
      expect(byId(plan, 'create-cen')).toMatchObject({ status: 'blocked', reason: `Name: ${CEN_NAME_RULE}` });
      expect(byId(plan, `grant:${DEMO.vpcB}`).reason).toMatch(
        /Waits for "Account A creates the CEN instance/,
      );
      expect(nextAction(plan)).toMatchObject({ kind: 'blocked', call: { id: 'create-cen' } });
    });

    it('no package chosen yet: step 4 and 5 wait for the choice, steps 1–3 can run', () => {
      const plan = planSetup({ ...demoFresh(), bandwidthPackage: undefined });
      expect(byId(plan, 'create-package')).toMatchObject({
        status: 'blocked',
        reason: expect.stringMatching(/step 4/),
      });
      expect(byId(plan, 'associate-package').status).toBe('blocked');
      expect(byId(plan, 'limit:cn-beijing:cn-qingdao').status).toBe('blocked');
      expect(byId(plan, `attach:${DEMO.vpcB}`).status).toBe('pending');
    });

    it('an unknown UID blocks the cross-account calls that need it', () => {
      const plan = planSetup({ ...demoFresh(), accounts: { A: {}, B: {} } });
      expect(byId(plan, `grant:${DEMO.vpcB}`).reason).toBe("Account A's UID is unknown.");
      expect(byId(plan, `attach:${DEMO.vpcA}`).status).toBe('pending');
    });

    it('a package already in use by another CEN', () => {
      const done = demoDone();
      const plan = planSetup({
        ...done,
        bandwidthPackage: { ...done.bandwidthPackage!, cenIds: ['cen-someoneelse'] },
      });
      expect(byId(plan, 'associate-package').reason).toMatch(/cen-someoneelse/);
    });

    it('no network chosen yet', () => {
      const plan = planSetup({ ...demoFresh(), networks: [] });
      expect(plan.calls.find((c) => c.step === 3)?.reason).toMatch(/Choose Account B's network/);
    });
  });

  it('never carries a secret: only UIDs and resource IDs', () => {
    const text = JSON.stringify([planSetup(demoDone()), planSetup(demoFresh())]);
    for (const secret of ['demoSecretA', 'demoSecretB', 'LTAI', 'AccessKey', 'SecurityToken'])
      expect(text).not.toContain(secret);
  });

  it('records refs under the same flattened keys the signer sends', () => {
    const plan = planSetup({ ...demoFresh(), cen: { name: 'X1', id: DEMO.cenId, status: 'Active' } });
    const wait = byId(plan, 'create-cen').waitFor!;
    const flat = flattenParams(wait.params);
    for (const key of Object.keys(wait.refs).filter((k) => k.startsWith('params.')))
      expect(flat[key.slice('params.'.length)]).toBe(DEMO.cenId);
    expect(wait.refs).toEqual({ 'params.Filter.1.Value.1': 'cenId', 'match.1.CenId': 'cenId' });
  });
});
