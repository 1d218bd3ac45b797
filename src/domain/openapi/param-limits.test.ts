// Every string parameter of the catalogue, wherever it sits (Name, Tag[].Key, InstanceId[]), refuses a value with a
// lone UTF-16 surrogate and a 20 KB value, and says so at that parameter; the helpers' own rules are pinned here.
import { ACTIONS } from './actions';
import { description, id, idJsonArray, idList, loneSurrogateAt, name, text } from './param-limits';
import { paramsWith, stringParamPaths, type ParamPath } from '../test-support/string-params';

const SPECS = [...ACTIONS.values()];
const leaves = SPECS.flatMap((spec) =>
  stringParamPaths(spec.params).map((path) => ({
    key: `${spec.product}.${spec.action} ${path.join('.')}`,
    spec,
    path,
  })),
);

function issueAt(spec: (typeof SPECS)[number], path: ParamPath, value: string) {
  const result = spec.params.safeParse(paramsWith(path, value));
  return result.error?.issues.find((i) => i.path.join('.') === path.join('.'))?.message;
}

describe('every string parameter of the catalogue', () => {
  it('is found by the walk (top level, nested and in lists)', () => {
    const keys = leaves.map((l) => l.key);
    expect(keys).toContain('Cbn.CreateCen Tag.0.Key');
    expect(keys).toContain('Cbn.DescribeCens Filter.0.Value.0');
    expect(keys).toContain('Ecs.RunCommand InstanceId.0');
    expect(keys).toContain('Ecs.AuthorizeSecurityGroup Permissions.0.Description');
    expect(leaves.length).toBeGreaterThan(80);
  });

  it.each(leaves.map((l) => [l.key, l] as const))('%s refuses a lone surrogate', (_key, { spec, path }) => {
    for (const value of ['a\uD800b', '\uDC00', 'cen-\uDBFF'])
      expect(issueAt(spec, path, value)).toBeDefined();
  });

  it.each(leaves.map((l) => [l.key, l] as const))('%s refuses 20 KB', (_key, { spec, path }) => {
    expect(issueAt(spec, path, 'a'.repeat(20 * 1024))).toBeDefined();
  });
});

describe('the limit helpers', () => {
  it('say which character is a lone surrogate and accept pairs (emoji, CJK beyond the BMP)', () => {
    expect(loneSurrogateAt('ab\uD800')).toBe(2);
    expect(loneSurrogateAt('\uDC00\uD800')).toBe(0);
    expect(loneSurrogateAt('😀 𠀀 中文')).toBeUndefined();
    expect(text(10).safeParse('😀中').success).toBe(true);
    expect(text(10).safeParse('x\uD83D').error?.issues[0]?.message).toMatch(
      /lone UTF-16 surrogate \(U\+D83D at character 2\)/,
    );
  });

  it('name the limit and the length they saw', () => {
    expect(name().safeParse('a'.repeat(129)).error?.issues[0]?.message).toBe(
      'at most 128 characters (this one has 129).',
    );
    expect(name().safeParse('a'.repeat(128)).success).toBe(true);
    expect(name().safeParse('').success).toBe(false);
    expect(description().safeParse('').success).toBe(true);
    expect(description().safeParse('d'.repeat(257)).success).toBe(false);
    expect(description(512).safeParse('d'.repeat(512)).success).toBe(true);
  });

  it('hold an ID to 1–64 characters, whatever its form', () => {
    expect(id().safeParse('cen-7qthudw0ll6jmc1234').success).toBe(true);
    expect(id().safeParse('{{cenId}}').success).toBe(true);
    expect(id().safeParse('i'.repeat(64)).success).toBe(true);
    expect(id().safeParse('i'.repeat(65)).error?.issues[0]?.message).toBe(
      'at most 64 characters (this one has 65).',
    );
    expect(id().safeParse('').success).toBe(false);
  });

  it('bound lists of IDs by their documented count', () => {
    const twenty = Array.from({ length: 20 }, (_, i) =>
      `vpc-${'a'.repeat(59)}${String(i).padStart(1, '0')}`.slice(0, 64),
    );
    expect(idList(20).safeParse(twenty.join(',')).success).toBe(true);
    expect(idList(20).safeParse([...twenty, 'vpc-1'].join(',')).success).toBe(false);
    const hundred = JSON.stringify(Array.from({ length: 100 }, () => `i-${'a'.repeat(62)}`));
    expect(idJsonArray(100).safeParse(hundred).success).toBe(true);
    expect(idJsonArray(100).safeParse(`${hundred} `).success).toBe(false);
  });
});
