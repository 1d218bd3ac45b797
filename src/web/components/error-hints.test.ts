import { hintCodes, hintFor } from '../../domain/openapi/errors';
import { localHint, ZH_HINTS } from './error-hints';

describe('error hints in the console language', () => {
  it('has a Chinese hint for every code the domain has a hint for, and none it lacks', () => {
    expect(Object.keys(ZH_HINTS).sort()).toEqual(hintCodes().sort());
  });

  it('gives the Chinese hint in zh even when the BFF sent its English one', () => {
    const sent = hintFor('Operation.Blocking');
    expect(localHint('Operation.Blocking', 'zh', sent)).toBe(ZH_HINTS['Operation.Blocking']);
    expect(localHint('Operation.Blocking', 'en', sent)).toBe(sent);
  });

  it("falls back to the BFF's hint, then to none, for a code without a hint", () => {
    expect(localHint('Some.NewCode', 'zh', 'sent by the BFF')).toBe('sent by the BFF');
    expect(localHint('Some.NewCode', 'en')).toBeUndefined();
  });
});
