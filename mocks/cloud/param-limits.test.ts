// The mock cloud parses params with the catalogue's schemas, so a value beyond its parameter's limit
// (docs/reference/cen-api.md §5 "Parameter lengths") gets the gateway's refusal naming it, as a real bad value does:
// 400 InvalidParameter with the wire name (Tag.1.Key), not a 500 and not a success.
import { testCloud } from '../test-support/test-cloud';

describe('over-limit parameters', () => {
  it.each([
    [
      'DeleteCen',
      { CenId: `cen-${'a'.repeat(100)}` },
      '"CenId"',
      'at most 64 characters (this one has 104).',
    ],
    ['CreateCen', { Name: 'Ab', Description: 'd'.repeat(257) }, '"Description"', 'up to 256 characters'],
    ['CreateCen', { Name: 'Ab', Tag: [{ Key: 'k'.repeat(65) }] }, '"Tag.1.Key"', 'at most 64 characters'],
    [
      'DescribeCens',
      { Filter: [{ Key: 'Name', Value: ['n'.repeat(129)] }] },
      '"Filter.1.Value.1"',
      'at most 128 characters',
    ],
    ['CreateCen', { Name: 'Ab', Description: 'tutorial \uD800' }, '"Description"', 'lone UTF-16 surrogate'],
  ] as const)('%s %j → 400 InvalidParameter naming it', (action, params, name, detail) => {
    const r = testCloud().call('A', 'Cbn', action, params);
    expect(r.status).toBe(400);
    expect(r.body.Code).toBe('InvalidParameter');
    expect(String(r.body.Message)).toContain(`The specified parameter ${name} is not valid.`);
    expect(String(r.body.Message)).toContain(detail);
  });

  it('accepts an ID of exactly the limit (the cloud then answers for the ID itself)', () => {
    const r = testCloud().call('A', 'Cbn', 'DeleteCen', { CenId: `cen-${'a'.repeat(60)}` });
    expect(r.body.Code).not.toBe('InvalidParameter');
  });
});
