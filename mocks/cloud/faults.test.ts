import { codeOf, testCloud } from '../test-support/test-cloud';
import { faultRuleSchema } from './faults';

describe('fault rules', () => {
  it('returns the given code and status for the matching action only, count times', () => {
    const t = testCloud();
    t.cloud.faults.add({ action: 'CreateCen', count: 2, code: 'Operation.Blocking', httpStatus: 400 });
    const r = t.call('A', 'Cbn', 'CreateCen', { Name: 'Blocked' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ Code: 'Operation.Blocking', HostId: 'cbn.aliyuncs.com' });
    expect(codeOf(t.call('A', 'Cbn', 'DescribeCens', {}))).toBe('OK');
    expect(codeOf(t.call('A', 'Cbn', 'CreateCen', { Name: 'Blocked' }))).toBe('Operation.Blocking');
    expect(codeOf(t.call('A', 'Cbn', 'CreateCen', { Name: 'Blocked' }))).toBe('OK');
    expect(t.cloud.faults.list()).toEqual([]);
    // The refused calls created nothing.
    expect(t.cloud.world.cens.filter((c) => c.name === 'Blocked')).toHaveLength(1);
  });

  it('matches by account name or UID and by qualified action', () => {
    const t = testCloud();
    t.cloud.faults.add({ account: 'B', action: 'Vpc.DescribeVpcs', code: 'Throttling.User' });
    expect(codeOf(t.call('A', 'Vpc', 'DescribeVpcs', { RegionId: 'cn-qingdao' }))).toBe('OK');
    const r = t.call('B', 'Vpc', 'DescribeVpcs', { RegionId: 'cn-beijing' });
    expect(r.body).toMatchObject({
      Code: 'Throttling.User',
      Message: 'Request was denied due to user flow control.',
    });
    expect(r.body.HostId).toBe('vpc.cn-beijing.aliyuncs.com');
  });

  it('drops the answer after applying the write, and the ClientToken retry returns the same resource', () => {
    const t = testCloud();
    t.cloud.faults.add({ action: 'CreateCen', count: 1, dropResponse: true });
    const lost = t.call('A', 'Cbn', 'CreateCen', { Name: 'LostAnswer', ClientToken: 'step-1-token' });
    expect(lost.dropped).toBe(true);
    const created = t.cloud.world.cens.filter((c) => c.name === 'LostAnswer');
    expect(created).toHaveLength(1);
    const retry = t.call('A', 'Cbn', 'CreateCen', { Name: 'LostAnswer', ClientToken: 'step-1-token' });
    expect(retry.dropped).toBe(false);
    expect(retry.body.CenId).toBe(created[0]?.id);
    expect(t.cloud.world.cens.filter((c) => c.name === 'LostAnswer')).toHaveLength(1);
  });

  it('adds latency without failing', () => {
    const t = testCloud();
    t.cloud.faults.add({ latencyMs: 750 });
    const r = t.call('A', 'Cbn', 'DescribeCens', {});
    expect(r.status).toBe(200);
    expect(r.latencyMs).toBe(750);
  });

  it('fires probability faults reproducibly for the same seed', () => {
    const outcomes = (seed: number) => {
      const t = testCloud({ seed });
      t.cloud.faults.add({ probability: 0.5, code: 'Throttling.User' });
      return Array.from({ length: 40 }, () => codeOf(t.call('A', 'Cbn', 'DescribeCens', {})));
    };
    const first = outcomes(42);
    expect(outcomes(42)).toEqual(first);
    const throttled = first.filter((c) => c === 'Throttling.User').length;
    expect(throttled).toBeGreaterThan(5);
    expect(throttled).toBeLessThan(35);
  });

  it('defaults 5xx codes to their status and clears by id or all', () => {
    const t = testCloud();
    t.cloud.faults.add({ id: 'x', code: 'ServiceUnavailable' });
    expect(t.call('A', 'Cbn', 'DescribeCens', {}).status).toBe(503);
    t.cloud.faults.add({ id: 'y', code: 'InternalError' });
    t.cloud.faults.clear('x');
    expect(t.call('A', 'Cbn', 'DescribeCens', {}).status).toBe(500);
    t.cloud.faults.clear();
    expect(t.call('A', 'Cbn', 'DescribeCens', {}).status).toBe(200);
  });

  it('rejects rules that do nothing or both fail and drop', () => {
    expect(faultRuleSchema.safeParse({ action: 'CreateCen' }).success).toBe(false);
    expect(faultRuleSchema.safeParse({ code: 'X', dropResponse: true }).success).toBe(false);
    expect(faultRuleSchema.safeParse({ code: 'X', probability: 2 }).success).toBe(false);
    expect(faultRuleSchema.safeParse({ code: 'X', bogus: 1 }).success).toBe(false);
  });
});
