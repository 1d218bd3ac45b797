import { z } from 'zod';
import { read, type ActionSpec } from './action-define';
import { catalogueDrift, sameDrift, type MetaParam } from './openapi-meta-fixture';
import { uidSchema, wireBool, wireInt } from './wire-values';

const spec = (params: z.ZodObject): ActionSpec =>
  ({ product: 'Cbn', action: 'Probe', ...read({ params, response: z.object({}) }) }) as unknown as ActionSpec;
const S = (required = false): MetaParam => ({ type: 'String', required });

describe('catalogueDrift', () => {
  it('finds nothing where names, required flags and types agree', () => {
    const params = z.object({
      CenId: z.string(),
      CenOwnerId: uidSchema,
      Bandwidth: wireInt(1).optional(),
      DryRun: wireBool.optional(),
      ZoneMappings: z.array(z.object({ ZoneId: z.string(), VSwitchId: z.string() })),
    });
    expect(
      catalogueDrift(spec(params), {
        CenId: S(true),
        CenOwnerId: { type: 'Long', required: true },
        Bandwidth: { type: 'Integer', required: false },
        DryRun: { type: 'Boolean', required: false },
        ZoneMappings: { type: 'RepeatList', required: true, sub: { ZoneId: S(true), VSwitchId: S(true) } },
        // The API's optional parameters the catalogue leaves out are not drift.
        TransitRouterAttachmentName: S(),
      }),
    ).toEqual([]);
  });

  it('a name the API does not have', () => {
    expect(catalogueDrift(spec(z.object({ CenID: z.string() })), { CenId: S(true) })).toEqual([
      { action: 'Cbn.Probe', param: 'CenID', fact: 'unknown-to-api', catalogue: 'required', meta: 'absent' },
      {
        action: 'Cbn.Probe',
        param: 'CenId',
        fact: 'not-in-catalogue',
        catalogue: 'absent',
        meta: 'required',
      },
    ]);
  });

  it('a required flag the other way round', () => {
    expect(catalogueDrift(spec(z.object({ CenId: z.string().optional() })), { CenId: S(true) })).toEqual([
      { action: 'Cbn.Probe', param: 'CenId', fact: 'required', catalogue: 'optional', meta: 'required' },
    ]);
  });

  it('a type the schema does not accept, a transform counted as what it reads', () => {
    const params = z.object({ Bandwidth: z.string(), Period: z.string().transform(Number) });
    expect(
      catalogueDrift(spec(params), { Bandwidth: { type: 'Integer', required: true }, Period: S(true) }),
    ).toEqual([
      { action: 'Cbn.Probe', param: 'Bandwidth', fact: 'type', catalogue: 'string', meta: 'Integer' },
    ]);
  });

  it('the sub-parameters of a list of objects', () => {
    const params = z.object({
      ZoneMappings: z.array(z.object({ ZoneId: z.string(), VswitchId: z.string() })),
    });
    const drift = catalogueDrift(spec(params), {
      ZoneMappings: { type: 'RepeatList', required: true, sub: { ZoneId: S(true), VSwitchId: S(true) } },
    });
    expect(drift.map((d) => `${d.param} ${d.fact}`)).toEqual([
      'ZoneMappings.VswitchId unknown-to-api',
      'ZoneMappings.VSwitchId not-in-catalogue',
    ]);
  });

  it('says which type it cannot compare, and where', () => {
    expect(() =>
      catalogueDrift(spec(z.object({ X: z.string() })), { X: { type: 'Blob', required: true } }),
    ).toThrow(/Cbn.Probe X: the API's type Blob/);
  });

  it('a listed difference matches on every fact', () => {
    const d = {
      action: 'Cbn.Probe',
      param: 'X',
      fact: 'required',
      catalogue: 'required',
      meta: 'optional',
    } as const;
    expect(sameDrift(d, { ...d })).toBe(true);
    expect(sameDrift(d, { ...d, meta: 'required' })).toBe(false);
  });
});
