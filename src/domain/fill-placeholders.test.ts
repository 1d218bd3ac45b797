import { fillPlaceholders, placeholdersOf } from './fill-placeholders';

describe('fillPlaceholders', () => {
  it('fills every {name} with its value, numbers as written', () => {
    expect(fillPlaceholders('Step {n} of {total}: {name}', { n: 1, total: 6, name: 'Create CEN' })).toBe(
      'Step 1 of 6: Create CEN',
    );
    expect(fillPlaceholders('{s} s, {s} s', { s: 2.5 })).toBe('2.5 s, 2.5 s');
  });

  it('returns the template unchanged without values', () => {
    expect(fillPlaceholders('Step {n}')).toBe('Step {n}');
    expect(fillPlaceholders('No placeholders', { n: 1 })).toBe('No placeholders');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(fillPlaceholders('{a} and {b}', { a: 'A' })).toBe('A and {b}');
    expect(fillPlaceholders('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('fills in one pass: a value containing {other} is not filled again', () => {
    expect(fillPlaceholders('{a} / {b}', { a: '{b}', b: 'B' })).toBe('{b} / B');
  });

  it('renders values through the given function', () => {
    const values: Record<string, { region: string } | undefined> = {
      r: { region: 'cn-hangzhou' },
      x: undefined,
    };
    expect(fillPlaceholders('{r} {x}', values, (v) => `<${v.region}>`)).toBe('<cn-hangzhou> {x}');
  });
});

describe('placeholdersOf', () => {
  it('lists the placeholders of a template, sorted', () => {
    expect(placeholdersOf('{b} then {a}, {b}')).toEqual(['a', 'b', 'b']);
    expect(placeholdersOf('none')).toEqual([]);
  });
});
