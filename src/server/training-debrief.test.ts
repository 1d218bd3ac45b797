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
      startedAt: 1_000,
      resets: 0,
      hints: [],
      tally: emptyTally(),
      now: 9_000,
    };
    expect(buildDebrief({ ...base, completedAt: 4_000, progress: { success: true } }).durationMs).toBe(3_000);
    expect(buildDebrief({ ...base, completedAt: undefined, progress: { success: false } })).toMatchObject({
      durationMs: 8_000,
      completedAt: null,
      success: false,
    });
  });
});
