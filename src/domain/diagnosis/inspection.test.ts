import { inspect, mapInspected, known } from './inspection';

const toError = (e: unknown) =>
  e instanceof Error ? { code: e.message, message: 'refused' } : { code: 'Unknown', message: String(e) };

describe('inspect', () => {
  it('wraps an answer as known data', async () => {
    await expect(inspect('A', 'Cbn.DescribeCens', () => Promise.resolve(42), toError)).resolves.toEqual(
      known(42),
    );
  });

  it('turns a refusal into a failure naming the account, the action and the code', async () => {
    const r = await inspect(
      'B',
      'Ecs.DescribeSecurityGroupAttribute',
      () => Promise.reject(new Error('Forbidden.RAM')),
      toError,
      'cn-beijing',
    );
    expect(r).toEqual({
      ok: false,
      failure: {
        account: 'B',
        action: 'Ecs.DescribeSecurityGroupAttribute',
        code: 'Forbidden.RAM',
        message: 'refused',
        regionId: 'cn-beijing',
      },
    });
  });
});

describe('mapInspected', () => {
  it('maps data and passes a failure through unchanged', () => {
    expect(mapInspected(known({ CidrBlock: '10.0.0.0/8' }), (v) => [v.CidrBlock])).toEqual(
      known(['10.0.0.0/8']),
    );
    const failed = {
      ok: false as const,
      failure: { account: 'B' as const, action: 'Vpc.DescribeVpcs', code: 'X' },
    };
    expect(mapInspected(failed, () => 1)).toBe(failed);
  });
});
