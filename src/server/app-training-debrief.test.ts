// Training mode's debrief and audit view against the fake sandbox control API (test-support/training-app.ts): errors by
// code, hints, one charge per purchase, success from the mock, attempts across resets, and the audit view's filters.
import { cloudError, fake, ok, setupTrainingApp, withFakeSandboxControl } from './test-support/training-app';
import { TUTORIAL_PACKAGE_PARAMS } from '../domain/test-support/tutorial-package';

withFakeSandboxControl();

describe('training routes', () => {
  it('debriefs errors by code, hints, one charge per purchase, and success from the mock', async () => {
    const { browser, answer } = setupTrainingApp();
    const b = browser();
    answer(cloudError('Forbbiden.AttachChildInstanceAcrossUid', 409));
    const attach = {
      account: 'A',
      params: {
        CenId: 'cen-1',
        ChildInstanceId: 'vpc-1',
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-beijing',
      },
    };
    await b.openapi('AttachCenChildInstance', attach);
    await b.openapi('AttachCenChildInstance', attach);
    answer(cloudError('Throttling.User', 400));
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    answer(ok);
    const buy = {
      account: 'A',
      params: {
        ...TUTORIAL_PACKAGE_PARAMS,
        ClientToken: 'buy-1',
      },
    };
    await b.openapi('CreateCenBandwidthPackage', buy);
    await b.openapi('CreateCenBandwidthPackage', buy); // the retry after a lost answer: same purchase
    await b.send('/api/training/hints', { method: 'POST', body: { level: 1 } });
    const before = await b.send('/api/training/debrief');
    expect(before.json).toMatchObject({
      sandboxId: 'sbx-1',
      scenario: 'happy-path',
      calls: 5,
      errors: [
        { code: 'Forbbiden.AttachChildInstanceAcrossUid', action: 'Cbn.AttachCenChildInstance', count: 2 },
        { code: 'Throttling.User', action: 'Cbn.DescribeCens', count: 1 },
      ],
      hintsUsed: 1,
      success: false,
      completedAt: null,
    });
    expect(before.json.charged).toEqual([
      expect.objectContaining({
        action: 'Cbn.CreateCenBandwidthPackage',
        clientToken: 'buy-1',
        repeats: 1,
        details: {
          bandwidthMbps: 8,
          chargeType: 'PREPAY',
          pricingCycle: 'Month',
          period: 1,
          areas: ['China', 'China'],
        },
      }),
    ]);
    fake.sandboxes.get('sbx-1')!.success = true;
    const after = await b.send('/api/training/debrief?download=1');
    expect(after.json).toMatchObject({ success: true, evidence: { ping: 'A→B ok' } });
    expect(after.json.completedAt).not.toBeNull();
    expect(after.headers.get('content-disposition')).toMatch(/attachment; filename="cen-connect-debrief-/);
  });

  it('a reset to the scenario start begins a new attempt; the earlier one stays in the debrief', async () => {
    const { browser, answer } = setupTrainingApp();
    const b = browser();
    answer(cloudError('Forbbiden.AttachChildInstanceAcrossUid', 409));
    await b.openapi('AttachCenChildInstance', {
      account: 'A',
      params: {
        CenId: 'c',
        ChildInstanceId: 'v',
        ChildInstanceType: 'VPC',
        ChildInstanceRegionId: 'cn-beijing',
      },
    });
    answer(ok);
    await b.openapi('CreateCenBandwidthPackage', {
      account: 'A',
      params: {
        ...TUTORIAL_PACKAGE_PARAMS,
        ClientToken: 'buy-before-reset',
      },
    });
    await b.send('/api/training/hints', { method: 'POST', body: { level: 1 } });
    await b.send('/api/training/hints', { method: 'POST', body: { level: 2 } });
    expect((await b.send('/api/mock/reset', { method: 'POST', body: {} })).status).toBe(200);
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    await b.send('/api/training/hints', { method: 'POST', body: { level: 1 } });

    expect((await b.send('/api/training/session')).json).toMatchObject({
      attempt: 2,
      resets: 1,
      hintsUsed: 1,
    });
    const d = (await b.send('/api/training/debrief')).json;
    expect(d).toMatchObject({ attempt: 2, resets: 1, calls: 1, errors: [], hintsUsed: 1, charged: [] });
    expect(d.attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        scenario: 'happy-path',
        success: false,
        calls: 2,
        errors: [expect.objectContaining({ code: 'Forbbiden.AttachChildInstanceAcrossUid', count: 1 })],
        hintsUsed: 2,
        charged: [expect.objectContaining({ clientToken: 'buy-before-reset' })],
      }),
    ]);
    // The purchase made before the reset was paid for all the same.
    expect(d.totals).toMatchObject({ calls: 3, errors: 1, hintsUsed: 3, charged: 1 });
    expect(Date.parse(d.startedAt as string)).toBeGreaterThanOrEqual(
      Date.parse(d.totals.sessionStartedAt as string),
    );
  });
});

describe('audit view filters', () => {
  it('filters by account and outcome and downloads JSON lines', async () => {
    const { browser, answer } = setupTrainingApp();
    const b = browser();
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    answer(cloudError('Throttling.User', 400));
    await b.openapi('DescribeCens', { account: 'B', params: {} });
    await b.openapi('DescribeCens', { account: 'A', params: {} });
    const errorsOfA = (await b.send('/api/audit?account=A&outcome=error')).json.entries as {
      account: string;
      outcome: string;
    }[];
    expect(errorsOfA.map((e) => [e.account, e.outcome])).toEqual([['A', 'error']]);
    const dl = await b.send('/api/audit?format=jsonl&account=B');
    expect(dl.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(dl.headers.get('content-disposition')).toMatch(
      /^attachment; filename="cen-connect-audit-.*\.jsonl"$/,
    );
    const lines = dl.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { account: string; sandbox: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ account: 'B', sandbox: 'sbx-1' });
    const bad = await b.send('/api/audit?account=C&outcome=maybe');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields as object).sort()).toEqual(['account', 'outcome']);
  });
});
