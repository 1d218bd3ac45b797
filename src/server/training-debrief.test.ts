import type { AuditEntry } from './audit-log';
import { buildDebrief, emptyTally, tallyCall } from './training-debrief';

const call = (over: Partial<AuditEntry>): AuditEntry => ({
  time: '2026-11-25T10:00:00.000Z',
  account: 'A',
  action: 'Cbn.DescribeCens',
  product: 'Cbn',
  write: false,
  params: {},
  outcome: 'ok',
  httpStatus: 200,
  attempts: 1,
  durationMs: 1,
  ...over,
});

describe('training debrief tally', () => {
  it('groups errors by code and action, and counts every call', () => {
    const tally = emptyTally();
    tallyCall(tally, call({ outcome: 'error', code: 'Throttling.User', httpStatus: 400 }));
    tallyCall(tally, call({ outcome: 'error', code: 'Throttling.User', httpStatus: 400 }));
    tallyCall(tally, call({ outcome: 'error', httpStatus: 502 }));
    tallyCall(tally, call({}));
    expect(tally.calls).toBe(4);
    expect([...tally.errors.values()]).toEqual([
      { code: 'Throttling.User', action: 'Cbn.DescribeCens', count: 2 },
      { code: 'HTTP 502', action: 'Cbn.DescribeCens', count: 1 },
    ]);
  });

  it('charges a bandwidth plan once per ClientToken, a failed purchase never, and pay-by-traffic limits', () => {
    const tally = emptyTally();
    const buy = (token: string, outcome: 'ok' | 'error' = 'ok') =>
      call({
        action: 'Cbn.CreateCenBandwidthPackage',
        write: true,
        outcome,
        params: {
          Bandwidth: 8,
          GeographicRegionAId: 'China',
          GeographicRegionBId: 'China',
          ClientToken: token,
        },
      });
    tallyCall(tally, buy('t1'));
    tallyCall(tally, buy('t1'));
    tallyCall(tally, buy('t2', 'error'));
    const limit = (type: string, mbps: number) =>
      call({
        action: 'Cbn.SetCenInterRegionBandwidthLimit',
        params: {
          CenId: 'cen-1',
          LocalRegionId: 'cn-qingdao',
          OppositeRegionId: 'cn-beijing',
          BandwidthLimit: mbps,
          BandwidthType: type,
        },
      });
    tallyCall(tally, limit('BandwidthPackage', 5));
    tallyCall(tally, limit('DataTransfer', 0));
    tallyCall(tally, limit('DataTransfer', 5));
    const charged = [...tally.charged.values()];
    expect(charged.map((c) => [c.action, c.repeats])).toEqual([
      ['Cbn.CreateCenBandwidthPackage', 1],
      ['Cbn.SetCenInterRegionBandwidthLimit', 0],
    ]);
    expect(charged[0]!.details).toEqual({
      bandwidthMbps: 8,
      chargeType: 'PREPAY',
      pricingCycle: 'Month',
      period: 1,
      areas: ['China', 'China'],
    });
    expect(charged[1]!.billing).toMatch(/data-transfer/);
  });

  it('measures the time until success, or until now while unfinished', () => {
    const base = {
      sandboxId: 's',
      scenario: 'happy-path',
      trainee: null,
      attempt: 1,
      sessionStartedAt: 1_000,
      startedAt: 1_000,
      resets: 0,
      hints: [],
      tally: emptyTally(),
      earlier: [],
      now: 9_000,
    };
    expect(buildDebrief({ ...base, completedAt: 4_000, progress: { success: true } }).durationMs).toBe(3_000);
    expect(buildDebrief({ ...base, completedAt: undefined, progress: { success: false } })).toMatchObject({
      durationMs: 8_000,
      completedAt: null,
      success: false,
    });
  });

  it('a reset starts a new attempt: the top level is the current one, earlier ones and the totals are kept', () => {
    const first = emptyTally();
    tallyCall(
      first,
      call({ outcome: 'error', code: 'Forbbiden.AttachChildInstanceAcrossUid', httpStatus: 409 }),
    );
    tallyCall(
      first,
      call({
        action: 'Cbn.CreateCenBandwidthPackage',
        write: true,
        params: {
          Bandwidth: 8,
          GeographicRegionAId: 'China',
          GeographicRegionBId: 'China',
          ClientToken: 't-1',
        },
      }),
    );
    const second = emptyTally();
    tallyCall(second, call({}));
    const d = buildDebrief({
      sandboxId: 's',
      scenario: 'forgot-to-authorize',
      trainee: 'Ana',
      attempt: 2,
      sessionStartedAt: 1_000,
      startedAt: 5_000,
      completedAt: 7_000,
      resets: 1,
      hints: [{ level: 1, time: 'x' }],
      tally: second,
      earlier: [
        {
          attempt: 1,
          scenario: 'forgot-to-authorize',
          startedAt: 1_000,
          endedAt: 5_000,
          hints: [
            { level: 1, time: 'a' },
            { level: 2, time: 'b' },
          ],
          tally: first,
        },
      ],
      progress: { success: true },
      now: 9_000,
    });
    expect(d).toMatchObject({
      attempt: 2,
      resets: 1,
      durationMs: 2_000,
      calls: 1,
      errors: [],
      hintsUsed: 1,
      charged: [],
      success: true,
    });
    expect(d.attempts).toHaveLength(1);
    expect(d.attempts[0]).toMatchObject({
      attempt: 1,
      durationMs: 4_000,
      success: false,
      completedAt: null,
      calls: 2,
      errors: [{ code: 'Forbbiden.AttachChildInstanceAcrossUid', count: 1 }],
      hintsUsed: 2,
    });
    expect(d.attempts[0]!.charged.map((c) => c.action)).toEqual(['Cbn.CreateCenBandwidthPackage']);
    expect(d.totals).toEqual({
      sessionStartedAt: new Date(1_000).toISOString(),
      durationMs: 8_000,
      calls: 3,
      errors: 1,
      hintsUsed: 3,
      charged: 1,
    });
  });
});
