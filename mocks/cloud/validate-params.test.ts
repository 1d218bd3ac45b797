// How a zod failure of the catalogue's params schema becomes the cloud's refusal, the one place the mock answers
// for malformed parameters now that handlers read typed params: wire names (lists 1-based), MissingParameter for an
// absent one, InvalidParameter for a limit (length, range, well-formed text), an action's own code where it has one.
import { z } from 'zod';
import { CloudError } from './cloud-error';
import { validateParams } from './validate-params';
import { actionSpec, type ActionSpec } from '../../src/domain/openapi/actions';

function refusal(spec: ActionSpec, params: Record<string, unknown>): { code: string; message: string } {
  try {
    validateParams(spec, params);
  } catch (err) {
    if (err instanceof CloudError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('validateParams accepted the params');
}

describe('validateParams', () => {
  const authorize = actionSpec('Ecs.AuthorizeSecurityGroup');
  const base = { RegionId: 'cn-beijing', SecurityGroupId: 'sg-1' };

  it('hands the handler the parsed values: numbers, booleans and lists, unknown keys dropped', () => {
    const parsed = validateParams(actionSpec('Cbn.CreateCenBandwidthPackage'), {
      Bandwidth: '2',
      GeographicRegionAId: 'China',
      GeographicRegionBId: 'China',
      AutoPay: 'false',
      Unknown: 'x',
    });
    expect(parsed).toEqual({
      Bandwidth: 2,
      GeographicRegionAId: 'China',
      GeographicRegionBId: 'China',
      AutoPay: false,
    });
  });

  it('names a missing nested parameter by its wire name', () => {
    expect(refusal(authorize, { ...base, Permissions: [{ IpProtocol: 'ICMP' }] })).toEqual({
      code: 'MissingParameter',
      message:
        'The input parameter "Permissions.1.PortRange" that is mandatory for processing this request is not supplied.',
    });
  });

  it('answers InvalidParameter naming the parameter for a value over its length limit', () => {
    const r = refusal(actionSpec('Cbn.CreateCen'), { Name: 'Ok', ClientToken: 'x'.repeat(65) });
    expect(r.code).toBe('InvalidParameter');
    expect(r.message).toMatch(/^The specified parameter "ClientToken" is not valid\. \S/);
  });

  it('answers InvalidParameter, not MissingParameter, for a present value a refinement refuses', () => {
    // The shape of a text check (here: no lone surrogates) the catalogue may put on any string parameter.
    const wellFormed = {
      ...actionSpec('Cbn.DeleteCen'),
      params: z.object({ CenId: z.string().refine((s) => !/\p{Cs}/u.test(s), { error: 'Malformed text.' }) }),
    };
    expect(refusal(wellFormed, { CenId: 'cen-\ud800' })).toEqual({
      code: 'InvalidParameter',
      message: 'The specified parameter "CenId" is not valid. Malformed text.',
    });
  });

  it("keeps an action's own code for its parameter, and the generic one for the others", () => {
    const buy = actionSpec('Cbn.CreateCenBandwidthPackage');
    const areas = { GeographicRegionAId: 'China', GeographicRegionBId: 'China' };
    expect(refusal(buy, { ...areas, Bandwidth: 1 }).code).toBe('ParameterIllegal.BandwidthPackage');
    expect(refusal(buy, { ...areas, Bandwidth: 2, Period: 4 }).code).toBe('InvalidParameter');
  });
});
