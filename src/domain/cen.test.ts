import { CEN_NAME_RULE, cenDescriptionSchema, cenNameSchema } from './cen';

const valid = (name: string) => cenNameSchema.safeParse(name).success;
const message = (name: string) => cenNameSchema.safeParse(name).error?.issues[0]?.message;

describe('CEN name rule (tutorial step 1)', () => {
  it.each([
    ['1 character', 'a', false],
    ['2 characters', 'ab', true],
    ['128 characters', `a${'b'.repeat(127)}`, true],
    ['129 characters', `a${'b'.repeat(128)}`, false],
    ['the tutorial example', 'DifferentAccountDifferentRegion', true],
    ['hyphens, underscores and digits after the first letter', 'a-b_c9', true],
    ['first character a digit', '1abc', false],
    ['first character an underscore', '_abc', false],
    ['first character a hyphen', '-abc', false],
    ['first character a non-ASCII letter', 'éabc', false],
    ['a Chinese first character', '中文名称', false],
    ['a space inside', 'ab cd', false],
    ['a period inside (allowed by older docs, not by the tutorial)', 'ab.cd', false],
    ['empty', '', false],
  ])('%s → %s', (_label, name, expected) => {
    expect(valid(name)).toBe(expected);
  });

  it('explains the rule in plain words whatever the mistake', () => {
    for (const bad of ['a', '1abc', `a${'b'.repeat(128)}`]) expect(message(bad)).toBe(CEN_NAME_RULE);
    expect(CEN_NAME_RULE).toMatch(/2–128/);
    expect(CEN_NAME_RULE).toMatch(/start/);
  });
});

describe('CEN description rule', () => {
  it('allows empty and 256 characters, refuses 257 and URLs', () => {
    expect(cenDescriptionSchema.safeParse('').success).toBe(true);
    expect(cenDescriptionSchema.safeParse('x'.repeat(256)).success).toBe(true);
    expect(cenDescriptionSchema.safeParse('x'.repeat(257)).success).toBe(false);
    expect(cenDescriptionSchema.safeParse('https://example.com').success).toBe(false);
  });
});
