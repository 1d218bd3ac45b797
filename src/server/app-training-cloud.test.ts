// Training mode end to end in-process: the BFF (app.request) with real signing against the real mock cloud and its
// sandbox registry (msw/node), through the control API over HTTP as in production. Proves training's isolation:
// one trainee's CEN never appears in another's, a dead sandbox gives way to a fresh one, the debrief counts what
// happened, and 30 sessions at once stay apart with bounded audit memory.
import { vi } from 'vitest';
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { createAuditLog } from './audit-log';
import { SANDBOX_COOKIE } from './sandbox-session';
import { trainingModeApp } from './test-support/mock-cloud-app';
import { testBrowser } from './test-support/test-browser';
import type { AccountName } from '../domain/accounts';
import { TUTORIAL_PACKAGE_PARAMS } from '../domain/test-support/tutorial-package';

let mock: RunningMockCloud;
beforeAll(() => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 7 });
});
afterAll(() => mock.close());

const control = (path: string, init?: RequestInit) => fetch(`${mock.controlOrigin}/_mock/${path}`, init);

const TRAINER = { headers: { 'x-trainer-token': 'trainer-token-0123456789' } };

function setup(options: { sandboxCapacity?: number; maxSessions?: number; now?: () => number } = {}) {
  const { app, audit, sessions } = trainingModeApp(mock, {
    audit: createAuditLog({ sandboxCapacity: options.sandboxCapacity ?? 100 }),
    maxRetries: 3,
    trainerToken: TRAINER.headers['x-trainer-token'],
    sessions: {
      ...(options.maxSessions ? { maxSessions: options.maxSessions } : {}),
      ...(options.now ? { now: options.now } : {}),
    },
  });
  const browser = (cookie?: string, joins = true) => testBrowser(app, cookie, { joins });
  return { app, audit, sessions, browser };
}

type Browser = ReturnType<ReturnType<typeof setup>['browser']>;

const cenNames = async (b: Browser) => {
  const res = await b.openapi('DescribeCens', { account: 'A', params: { PageSize: 50 } });
  expect(res.status).toBe(200);
  return (res.json.Cens.Cen as { Name: string }[]).map((c) => c.Name);
};

const createCen = async (b: Browser, name: string) => {
  const res = await b.openapi('CreateCen', {
    account: 'A',
    params: { Name: name, ClientToken: `ct-${name}` },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.CenId as string;
};

const vpcOf = async (b: Browser, account: AccountName, regionId: string, name: string) => {
  const res = await b.openapi('DescribeVpcs', { account, regionId, params: { VpcName: name } });
  expect(res.status).toBe(200);
  return (res.json.Vpcs.Vpc as { VpcId: string }[])[0]!.VpcId;
};

describe('training sandboxes against the mock cloud', () => {
  it("gives two sessions two worlds: each creates a CEN and never sees the other's", async () => {
    const { browser } = setup();
    const one = browser();
    const two = browser();
    const cenOne = await createCen(one, 'CenOfTraineeOne');
    const cenTwo = await createCen(two, 'CenOfTraineeTwo');
    expect(await cenNames(one)).toEqual(['CenOfTraineeOne']);
    expect(await cenNames(two)).toEqual(['CenOfTraineeTwo']);

    // What the cloud sees, per session (/api/mock/state is the session's sandbox's state).
    const stateOne = (await one.send('/api/mock/state')).text;
    expect(stateOne).toContain(cenOne);
    expect(stateOne).not.toContain(cenTwo);
    // Neither reached the default cloud.
    expect(mock.cloud.world.cens.map((c) => c.id)).not.toContain(cenOne);
    expect(mock.cloud.world.cens.map((c) => c.id)).not.toContain(cenTwo);

    const idOne = (await one.send('/api/training/session')).json.sandboxId as string;
    const idTwo = (await two.send('/api/training/session')).json.sandboxId as string;
    expect(idOne).not.toBe(idTwo);
    const auditOne = (await one.send('/api/audit')).json.entries as { sandbox: string }[];
    expect(auditOne.length).toBeGreaterThanOrEqual(2);
    expect(new Set(auditOne.map((e) => e.sandbox))).toEqual(new Set([idOne]));

    // The trainer sees both (not the mock's "default" world), with their progress, and no keys.
    const trainer = await browser(undefined, false).send('/api/training/sandboxes', TRAINER);
    const listed = trainer.json.sandboxes as {
      id: string;
      inSession: boolean;
      progress: { steps: object };
    }[];
    expect(listed.map((s) => s.id)).toEqual(expect.arrayContaining([idOne, idTwo]));
    expect(listed.map((s) => s.id)).not.toContain('default');
    expect(listed.find((s) => s.id === idOne)).toMatchObject({
      inSession: true,
      progress: { steps: { cen: true } },
    });
    expect(trainer.text).not.toMatch(/accessKeySecret|AccessKeySecret/);
  });

  it('answers 410 for a sandbox the mock dropped, a join starts a fresh one; a forged cookie gets none', async () => {
    const { browser, audit } = setup();
    const b = browser();
    await createCen(b, 'BeforeExpiry');
    const oldId = (await b.send('/api/training/session')).json.sandboxId as string;
    // The mock forgets it, as it does after the idle time (same registry removal, same 404 for its keys).
    expect((await control(`sandboxes/${oldId}`, { method: 'DELETE' })).status).toBe(200);

    const expired = await b.openapi('DescribeCens', { account: 'A', params: {} });
    expect(expired.status).toBe(410);
    expect(expired.json.error.code).toBe('SandboxExpired');
    expect(audit.list({ sandbox: oldId })).toEqual([]);

    expect((await b.send('/api/training/session')).json).toEqual({ joined: false });
    const fresh = (await b.send('/api/training/join', { method: 'POST', body: {} })).json;
    expect(fresh.sandboxId).not.toBe(oldId);
    expect(fresh.scenario).toBe('happy-path');
    expect(await cenNames(b)).toEqual([]);

    const forged = browser(`${SANDBOX_COOKIE}=${fresh.sandboxId as string}`, false);
    expect((await forged.openapi('DescribeCens', { account: 'A', params: {} })).status).toBe(409);
    expect((await forged.send('/api/training/session')).json).toEqual({ joined: false });
  });

  it('debriefs a missing grant: the 409 counted, hints, one package charged despite a lost answer and a retry', async () => {
    const { browser } = setup();
    const b = browser();
    const started = await b.send('/api/training/session', {
      method: 'POST',
      body: { scenario: 'forgot-to-authorize', trainee: 'Ana' },
    });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ scenario: 'forgot-to-authorize', trainee: 'Ana' });

    const cens = await b.openapi('DescribeCens', { account: 'A', params: {} });
    const cenId = (cens.json.Cens.Cen as { CenId: string }[])[0]!.CenId;
    const vpcB = await vpcOf(b, 'B', 'cn-beijing', 'B-Beijing-VPC');
    const attach = await b.openapi('AttachCenChildInstance', {
      account: 'A',
      params: {
        CenId: cenId,
        ChildInstanceId: vpcB,
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-beijing',
        ChildInstanceOwnerId: '9263584710374521',
      },
    });
    expect(attach.status).toBe(409);
    expect(attach.json.error.code).toBe('Forbbiden.AttachChildInstanceAcrossUid');
    await b.send('/api/training/hints', { method: 'POST', body: { level: 1 } });
    await b.send('/api/training/hints', { method: 'POST', body: { level: 2 } });

    // The answer to "buy" is lost once (the client retries with the same ClientToken), then the trainee presses
    // the button again with the saved token: one package, one charge.
    const fault = await b.send('/api/mock/faults', {
      method: 'POST',
      body: { action: 'CreateCenBandwidthPackage', dropResponse: true, count: 1 },
    });
    expect(fault.status).toBe(200);
    const buy = {
      account: 'A',
      params: {
        ...TUTORIAL_PACKAGE_PARAMS,
        AutoPay: true,
        ClientToken: 'step-4-buy',
      },
    };
    const first = await b.openapi('CreateCenBandwidthPackage', buy);
    const again = await b.openapi('CreateCenBandwidthPackage', buy);
    expect(first.status).toBe(200);
    expect(again.json.CenBandwidthPackageId).toBe(first.json.CenBandwidthPackageId);

    const debrief = await b.send('/api/training/debrief');
    expect(debrief.status).toBe(200);
    expect(debrief.json).toMatchObject({
      scenario: 'forgot-to-authorize',
      trainee: 'Ana',
      errors: [
        { code: 'Forbbiden.AttachChildInstanceAcrossUid', action: 'Cbn.AttachCenChildInstance', count: 1 },
      ],
      hintsUsed: 2,
      success: false,
      completedAt: null,
    });
    expect(debrief.json.charged).toEqual([
      expect.objectContaining({
        action: 'Cbn.CreateCenBandwidthPackage',
        clientToken: 'step-4-buy',
        repeats: 1,
        details: expect.objectContaining({ bandwidthMbps: 8, pricingCycle: 'Month', period: 1 }),
      }),
    ]);
    expect(debrief.json.evidence.packages).toHaveLength(1);
    expect(debrief.json.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('debriefs the happy path played to the end as a success, with the time it took', async () => {
    const { browser } = setup();
    const b = browser();
    const ok = async (action: string, body: Record<string, unknown>) => {
      const res = await b.openapi(action, body);
      expect(res.status, `${action}: ${res.text}`).toBe(200);
      return res.json as Record<string, any>;
    };
    const cenId = await createCen(b, 'DifferentAccountDifferentRegion');
    const vpcA = await vpcOf(b, 'A', 'cn-qingdao', 'A-Qingdao-VPC');
    const vpcB = await vpcOf(b, 'B', 'cn-beijing', 'B-Beijing-VPC');
    const attach = (vpc: string, region: string, owner?: string) =>
      ok('AttachCenChildInstance', {
        account: 'A',
        params: {
          CenId: cenId,
          ChildInstanceId: vpc,
          ChildInstanceType: 'VPC',
          ChildInstanceRegionId: region,
          ...(owner ? { ChildInstanceOwnerId: owner } : {}),
        },
      });
    await attach(vpcA, 'cn-qingdao');
    await ok('Vpc.GrantInstanceToCen', {
      account: 'B',
      regionId: 'cn-beijing',
      params: {
        InstanceId: vpcB,
        InstanceType: 'VPC',
        CenId: cenId,
        CenOwnerId: '1262302482727553',
        ClientToken: 'grant',
      },
    });
    await attach(vpcB, 'cn-beijing', '9263584710374521');
    const pkg = await ok('CreateCenBandwidthPackage', {
      account: 'A',
      params: {
        ...TUTORIAL_PACKAGE_PARAMS,
        ClientToken: 'buy',
      },
    });
    await ok('AssociateCenBandwidthPackage', {
      account: 'A',
      params: { CenId: cenId, CenBandwidthPackageId: pkg.CenBandwidthPackageId },
    });
    await ok('SetCenInterRegionBandwidthLimit', {
      account: 'A',
      params: {
        CenId: cenId,
        LocalRegionId: 'cn-qingdao',
        OppositeRegionId: 'cn-beijing',
        BandwidthLimit: 5,
      },
    });
    for (const [account, regionId, vpc, peer] of [
      ['A', 'cn-qingdao', vpcA, '192.168.1.20'],
      ['B', 'cn-beijing', vpcB, '172.16.1.10'],
    ] as const) {
      const instances = await ok('DescribeInstances', { account, regionId, params: { VpcId: vpc } });
      const instanceId = instances.Instances.Instance[0].InstanceId as string;
      await ok('RunCommand', {
        account,
        regionId,
        params: {
          Type: 'RunShellScript',
          CommandContent: `ping -c 4 ${peer}`,
          InstanceId: [instanceId],
          ClientToken: `ping-${account}`,
        },
      });
    }
    const debrief = await b.send('/api/training/debrief');
    expect(debrief.json.steps).toMatchObject({
      cen: true,
      grant: true,
      attach: true,
      limit: true,
      ping: true,
    });
    expect(debrief.json).toMatchObject({ scenario: 'happy-path', success: true, errors: [], hintsUsed: 0 });
    expect(debrief.json.completedAt).not.toBeNull();
    expect(debrief.json.charged).toHaveLength(1);
  });

  it('keeps 30 concurrent sessions apart, with each audit ring bounded', async () => {
    const before = mock.sandboxes.size;
    const { browser, audit, sessions } = setup({ sandboxCapacity: 3 });
    const trainees = Array.from({ length: 30 }, (_, i) => ({ i, b: browser() }));
    const results = await Promise.all(
      trainees.map(async ({ i, b }) => {
        const name = `Trainee${String(i).padStart(2, '0')}Cen`;
        await createCen(b, name);
        const seen = await cenNames(b);
        await b.openapi('DescribeVpcs', { account: 'B', regionId: 'cn-beijing', params: {} });
        await b.openapi('DescribeVpcs', { account: 'A', regionId: 'cn-qingdao', params: {} });
        const session = (await b.send('/api/training/session')).json as { sandboxId: string };
        const own = (await b.send('/api/audit')).json.entries as { sandbox: string; action: string }[];
        const debrief = (await b.send('/api/training/debrief')).json as { calls: number };
        return { name, seen, session, own, debrief };
      }),
    );
    expect(new Set(results.map((r) => r.session.sandboxId)).size).toBe(30);
    for (const r of results) {
      expect(r.seen).toEqual([r.name]);
      // Four cloud calls made; the ring keeps the last 3, the debrief's tally keeps the count.
      expect(r.own).toHaveLength(3);
      expect(new Set(r.own.map((e) => e.sandbox))).toEqual(new Set([r.session.sandboxId]));
      expect(r.debrief.calls).toBe(4);
    }
    expect(mock.sandboxes.size - before).toBe(30);
    expect(sessions.size).toBe(30);
    expect(audit.stats()).toEqual({ sandboxes: 30, entries: 90 });
  });

  it('lets the stalest idle sessions give way to new trainees when the class is full, here and in the mock', async () => {
    let t = Date.now();
    const { browser, sessions, audit } = setup({ maxSessions: 3, now: () => t });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const b = browser();
      await createCen(b, `Evict${i}`);
      ids.push((await b.send('/api/training/session')).json.sandboxId as string);
      t += 11 * 60_000;
    }
    expect(sessions.size).toBe(3);
    expect(audit.stats().sandboxes).toBe(3);
    await vi.waitFor(async () => {
      for (const id of ids.slice(0, 2)) expect((await control(`sandboxes/${id}`)).status).toBe(404);
    });
    for (const id of ids.slice(2)) expect((await control(`sandboxes/${id}`)).status).toBe(200);
  });
});
