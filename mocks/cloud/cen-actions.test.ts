import { codeOf, testCloud } from '../test-support/test-cloud';
import { wireJson } from './mock-cloud';

describe('CreateCen / DescribeCens / DeleteCen', () => {
  it('creates a CEN with a documented ID, Creating until the delay has passed, then Active', () => {
    const t = testCloud({ delayMs: 5000 });
    const created = t.ok('A', 'Cbn', 'CreateCen', { Name: 'DifferentAccountDifferentRegion' });
    expect(created.CenId).toMatch(/^cen-[a-z0-9]{18}$/);
    expect(created.RequestId).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
    );
    const describe = () =>
      t.ok('A', 'Cbn', 'DescribeCens', { Filter: [{ Key: 'CenId', Value: [created.CenId] }] }) as {
        Cens: { Cen: { Status: string; CreationTime: string; ProtectionLevel: string }[] };
        TotalCount: number;
        PageSize: number;
      };
    expect(describe().Cens.Cen[0]?.Status).toBe('Creating');
    t.cloud.clock.advance(4999);
    expect(describe().Cens.Cen[0]?.Status).toBe('Creating');
    t.cloud.clock.advance(1);
    const d = describe();
    expect(d.Cens.Cen[0]?.Status).toBe('Active');
    expect(d.Cens.Cen[0]?.ProtectionLevel).toBe('REDUCED');
    // Minute precision: "2026-11-25T10:00Z" (docs/reference/cen-api.md §2 DescribeCens).
    expect(d.Cens.Cen[0]?.CreationTime).toBe('2026-11-25T10:00Z');
    expect(d.TotalCount).toBe(1);
    expect(d.PageSize).toBe(10);
  });

  it('refuses names outside the tutorial rule with 400 InvalidParameter naming the parameter', () => {
    const t = testCloud();
    for (const name of ['1bad', 'x', 'has space', 'a'.repeat(129)]) {
      const r = t.call('A', 'Cbn', 'CreateCen', { Name: name });
      expect(r.status).toBe(400);
      expect(r.body.Code).toBe('InvalidParameter');
      expect(String(r.body.Message)).toContain('"Name"');
    }
    expect(codeOf(t.call('A', 'Cbn', 'CreateCen', { Name: 'Ab' }))).toBe('OK');
  });

  it('reports a missing required parameter as MissingParameter with the gateway wording', () => {
    const t = testCloud();
    const r = t.call('A', 'Cbn', 'DeleteCen', {});
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      Code: 'MissingParameter',
      Message: 'The input parameter "CenId" that is mandatory for processing this request is not supplied.',
      HostId: 'cbn.aliyuncs.com',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=MissingParameter',
    });
  });

  it('ANDs filters, ORs values, and returns an empty list (not an error) for an unknown CenId', () => {
    const t = testCloud();
    const one = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'One' }).CenId);
    const two = String(t.ok('A', 'Cbn', 'CreateCen', { Name: 'Two' }).CenId);
    const ids = (filter: unknown) =>
      (
        t.ok('A', 'Cbn', 'DescribeCens', { Filter: filter }) as { Cens: { Cen: { CenId: string }[] } }
      ).Cens.Cen.map((c) => c.CenId);
    expect(ids([{ Key: 'CenId', Value: [one, two] }])).toEqual([one, two]);
    expect(
      ids([
        { Key: 'CenId', Value: [one, two] },
        { Key: 'Name', Value: ['Two'] },
      ]),
    ).toEqual([two]);
    expect(ids([{ Key: 'CenId', Value: ['cen-doesnotexist000000'] }])).toEqual([]);
  });

  it('shows an account only its own CENs', () => {
    const t = testCloud();
    t.ok('A', 'Cbn', 'CreateCen', { Name: 'Mine' });
    const b = t.ok('B', 'Cbn', 'DescribeCens', {}) as { TotalCount: number };
    expect(b.TotalCount).toBe(0);
  });

  it('pages with PageNumber/PageSize and refuses a PageSize above the documented maximum of 50', () => {
    const t = testCloud();
    for (let i = 0; i < 12; i++) t.ok('A', 'Cbn', 'CreateCen', { Name: `Cen${i}` });
    const p2 = t.ok('A', 'Cbn', 'DescribeCens', { PageNumber: 2, PageSize: 5 }) as {
      Cens: { Cen: { Name: string }[] };
      TotalCount: number;
      PageNumber: number;
    };
    expect(p2.TotalCount).toBe(12);
    expect(p2.PageNumber).toBe(2);
    expect(p2.Cens.Cen.map((c) => c.Name)).toEqual(['Cen5', 'Cen6', 'Cen7', 'Cen8', 'Cen9']);
    expect(codeOf(t.call('A', 'Cbn', 'DescribeCens', { PageSize: 51 }))).toBe('InvalidParameter');
  });

  it('refuses writes on a Creating CEN with 409 InvalidOperation.CenInstanceStatus', () => {
    const t = testCloud({ delayMs: 3000 });
    const cenId = t.ok('A', 'Cbn', 'CreateCen', { Name: 'Slow' }).CenId;
    const r = t.call('A', 'Cbn', 'AttachCenChildInstance', {
      CenId: cenId,
      ChildInstanceId: t.world.a.vpc.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-qingdao',
    });
    expect(r.status).toBe(409);
    expect(r.body.Code).toBe('InvalidOperation.CenInstanceStatus');
  });

  it('deletes an empty CEN through Deleting, refuses while children or packages remain', () => {
    const t = testCloud({ afterStep: 1, delayMs: 1000 });
    const cenId = t.state.cenId;
    expect(codeOf(t.call('A', 'Cbn', 'DeleteCen', { CenId: cenId }))).toBe(
      'DependencyViolation.ChildInstance',
    );
    t.ok('A', 'Cbn', 'DetachCenChildInstance', {
      CenId: cenId,
      ChildInstanceId: t.world.a.vpc.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-qingdao',
    });
    t.cloud.clock.advance(1000);
    t.ok('A', 'Cbn', 'DeleteCen', { CenId: cenId });
    const status = () =>
      (
        t.ok('A', 'Cbn', 'DescribeCens', { Filter: [{ Key: 'CenId', Value: [cenId] }] }) as {
          Cens: { Cen: { Status: string }[] };
        }
      ).Cens.Cen.map((c) => c.Status);
    expect(status()).toEqual(['Deleting']);
    t.cloud.clock.advance(1000);
    expect(status()).toEqual([]);
    expect(codeOf(t.call('A', 'Cbn', 'DeleteCen', { CenId: cenId }))).toBe('ParameterIllegal.CenInstanceId');
  });

  it('makes CreateCen idempotent per ClientToken, caller and action', () => {
    const t = testCloud();
    const first = t.ok('A', 'Cbn', 'CreateCen', { Name: 'Once', ClientToken: 'tok-1' });
    const again = t.ok('A', 'Cbn', 'CreateCen', { Name: 'Once', ClientToken: 'tok-1' });
    expect(again.CenId).toBe(first.CenId);
    expect(again.RequestId).not.toBe(first.RequestId);
    expect(t.cloud.world.cens.filter((c) => c.name === 'Once')).toHaveLength(1);
    // Another caller with the same token is another request.
    const other = t.ok('B', 'Cbn', 'CreateCen', { Name: 'Once', ClientToken: 'tok-1' });
    expect(other.CenId).not.toBe(first.CenId);
    // Same token, different parameters: refused rather than silently answered with the first result.
    expect(codeOf(t.call('A', 'Cbn', 'CreateCen', { Name: 'Twice', ClientToken: 'tok-1' }))).toBe(
      'IdempotentParameterMismatch',
    );
  });

  it('answers an unknown action with 404 InvalidAction.NotFound', () => {
    const t = testCloud();
    const r = t.call('A', 'Cbn', 'CreateTransitRouterVbrAttachment', {});
    expect(r.status).toBe(404);
    expect(r.body.Code).toBe('InvalidAction.NotFound');
  });

  it('serialises UIDs as bare JSON numbers, keeping all 16 digits', () => {
    const json = wireJson({ ChildInstanceOwnerId: '9263584710374521', Name: '9263584710374521' });
    expect(json).toBe('{"ChildInstanceOwnerId":9263584710374521,"Name":"9263584710374521"}');
  });
});
