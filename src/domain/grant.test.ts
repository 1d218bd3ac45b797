import { grantStanding, needsGrant } from './grant';

const CEN = 'cen-7qthudw0ll6jmc3wx0';
const UID_A = '1262302482727553';
const UID_C = '1388512460097734';

describe('needsGrant', () => {
  it('asks a grant only of a network in another account than the CEN owner', () => {
    expect(needsGrant(UID_A, UID_A)).toBe(false);
    expect(needsGrant('9263584710374521', UID_A)).toBe(true);
  });
});

describe('grantStanding', () => {
  it('is granted when a grant names this CEN and its owner UID', () => {
    const grant = { cenId: CEN, cenOwnerUid: UID_A };
    expect(grantStanding([{ cenId: 'cen-other', cenOwnerUid: UID_A }, grant], CEN, UID_A)).toEqual({
      kind: 'granted',
      grant,
    });
  });

  it('names the wrong owner when the grant to this CEN names another UID', () => {
    const grant = { cenId: CEN, cenOwnerUid: UID_C };
    expect(grantStanding([grant], CEN, UID_A)).toEqual({ kind: 'wrong-owner', grant });
  });

  it('tells grants to other CENs only from no grant at all', () => {
    expect(grantStanding([{ cenId: 'cen-other', cenOwnerUid: UID_A }], CEN, UID_A)).toEqual({
      kind: 'other-cens',
    });
    expect(grantStanding([], CEN, UID_A)).toEqual({ kind: 'missing' });
  });
});
