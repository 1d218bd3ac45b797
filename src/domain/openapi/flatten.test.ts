import fc from 'fast-check';
import { findAction } from './actions';
import { flattenParams, unflattenParams } from './flatten';

describe('flattenParams (openapi-util flatMap rules)', () => {
  it('names nested objects Parent.Child and numbers lists from 1', () => {
    expect(
      flattenParams({
        CenId: 'cen-1',
        Filter: [{ Key: 'CenId', Value: ['cen-1', 'cen-2'] }],
        Tag: [{ Key: 'k', Value: 'v' }],
        Permissions: { Permission: [{ Action: 'a' }] },
      }),
    ).toEqual({
      CenId: 'cen-1',
      'Filter.1.Key': 'CenId',
      'Filter.1.Value.1': 'cen-1',
      'Filter.1.Value.2': 'cen-2',
      'Tag.1.Key': 'k',
      'Tag.1.Value': 'v',
      'Permissions.Permission.1.Action': 'a',
    });
  });

  it('writes booleans and numbers as text, keeps "" and drops null/undefined (list positions still count)', () => {
    const flat = flattenParams({
      A: true,
      B: false,
      C: 0,
      D: 1.5,
      E: '',
      F: null,
      G: undefined,
      L: [null, 'x'],
    });
    expect(flat).toEqual({ A: 'true', B: 'false', C: '0', D: '1.5', E: '', 'L.2': 'x' });
    expect(Object.keys(flat)).toEqual(['A', 'B', 'C', 'D', 'E', 'L.2']);
  });

  it('numbers lists of lists and keeps Object.keys order', () => {
    expect(Object.entries(flattenParams({ Z: [[1, 2], [3]], A: 'a' }))).toEqual([
      ['Z.1.1', '1'],
      ['Z.1.2', '2'],
      ['Z.2.1', '3'],
      ['A', 'a'],
    ]);
  });

  it('accepts nothing', () => {
    expect(flattenParams(undefined)).toEqual({});
    expect(flattenParams({})).toEqual({});
  });
});

describe('unflattenParams', () => {
  it('turns list positions into arrays and other segments into objects', () => {
    expect(
      unflattenParams({
        'Filter.1.Key': 'CenId',
        'Filter.1.Value.1': 'cen-1',
        'Filter.1.Value.2': 'cen-2',
        'Tag.2.Key': 'b',
        'Tag.1.Key': 'a',
        Name: 'n',
      }),
    ).toEqual({
      Filter: [{ Key: 'CenId', Value: ['cen-1', 'cen-2'] }],
      Tag: [{ Key: 'a' }, { Key: 'b' }],
      Name: 'n',
    });
  });

  it('accepts [key, value] pairs', () => {
    expect(unflattenParams([['A.B', 'x']])).toEqual({ A: { B: 'x' } });
  });

  it('round-trips catalogue-shaped parameters (leaves become wire strings)', () => {
    const nested = {
      CenId: 'cen-1',
      PageSize: 50,
      IncludeRouteTable: true,
      Description: '',
      Filter: [
        { Key: 'CenId', Value: ['cen-1', 'cen-2'] },
        { Key: 'Name', Value: ['跨账号'] },
      ],
      Tag: [{ Key: 'k', Value: 'v' }],
      GrantRules: { GrantRule: [{ CenId: 'cen-1', CenUid: '1262302482727553' }] },
      InstanceId: ['i-1', 'i-2'],
    };
    expect(unflattenParams(flattenParams(nested))).toEqual({
      ...nested,
      PageSize: '50',
      IncludeRouteTable: 'true',
    });
  });

  it('keeps the first shape when entries contradict each other', () => {
    expect(
      unflattenParams([
        ['A', '1'],
        ['A.B', '2'],
        ['L.1', 'x'],
        ['L.k', 'y'],
      ]),
    ).toEqual({ A: '1', L: ['x'] });
  });

  it('never writes through __proto__ and never allocates a huge array', () => {
    const out = unflattenParams({ '__proto__.polluted': 'yes', 'a.__proto__.b': 'no', 'T.99999999.K': 'v' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(['T']);
    expect(out.T).toEqual({ '99999999': { K: 'v' } });
  });

  it('leaves a hole where a list position is missing, so schema validation sees it', () => {
    const out = unflattenParams({ 'Tag.2.Key': 'b' });
    expect(Array.isArray(out.Tag)).toBe(true);
    expect((out.Tag as unknown[])[0]).toBeUndefined();
    expect((out.Tag as unknown[])[1]).toEqual({ Key: 'b' });
  });
});

describe('flatten → unflatten round trip', () => {
  // Catalogue-shaped values: string leaves, non-empty lists, non-empty objects with non-numeric keys.
  const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/);
  const { tree } = fc.letrec((tie) => ({
    tree: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4, noNullPrototype: true }),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
      tie('tree'),
    ),
  }));

  it('is the identity for string-leaved, catalogue-shaped parameters', () => {
    fc.assert(
      fc.property(tree, (nested) => {
        expect(unflattenParams(flattenParams(nested))).toEqual(nested);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the catalogue schemas the same parsed value as the nested original', () => {
    const samples: [Parameters<typeof findAction>, Record<string, unknown>][] = [
      [
        ['Cbn', 'DescribeCens'],
        {
          PageSize: 10,
          Filter: [{ Key: 'CenId', Value: ['cen-1', 'cen-2'] }],
          Tag: [{ Key: 'k', Value: 'v' }],
        },
      ],
      [
        ['Cbn', 'CreateCen'],
        { Name: 'cen-demo', Description: 'd', ClientToken: 't', Tag: [{ Key: 'env', Value: '' }] },
      ],
    ];
    for (const [[product, action], nested] of samples) {
      const spec = findAction(product, action);
      if (!spec) throw new Error(`${product}.${action} is not in the catalogue`);
      const direct = spec.params.parse(nested);
      expect(spec.params.parse(unflattenParams(flattenParams(nested)))).toEqual(direct);
    }
  });
});
