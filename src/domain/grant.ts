// Whether a network may be attached to a CEN: a network of the CEN owner's own account needs no grant; one of
// another account needs its owner's grant naming this CEN and the CEN owner's UID as CenOwnerId
// (docs/reference/cen-api.md §2 step 2, §2 step 3: otherwise the attach fails with
// Forbbiden.AttachChildInstanceAcrossUid). The grant lists of both accounts (Vpc.DescribeGrantRulesToCen in the
// owner's, Cbn.DescribeGrantRulesToCen in the CEN owner's) read as the same (CEN, owner UID) pairs.

/** One grant of a network, as (CEN, the owner UID it names). */
export interface GrantRef {
  cenId: string;
  cenOwnerUid: string;
}

export function needsGrant(networkOwnerUid: string, cenOwnerUid: string): boolean {
  return networkOwnerUid !== cenOwnerUid;
}

export type GrantStanding =
  | { kind: 'granted'; grant: GrantRef }
  /** Granted to this CEN but naming another owner UID: a grant cannot be edited, so it is revoked and made again. */
  | { kind: 'wrong-owner'; grant: GrantRef }
  /** Granted only to other CENs. */
  | { kind: 'other-cens' }
  | { kind: 'missing' };

/** Where a network's grants leave it towards one CEN; `grants` are the network's own (any CEN). */
export function grantStanding(
  grants: readonly GrantRef[],
  cenId: string,
  cenOwnerUid: string,
): GrantStanding {
  const forThisCen = grants.find((g) => g.cenId === cenId);
  if (forThisCen)
    return { kind: forThisCen.cenOwnerUid === cenOwnerUid ? 'granted' : 'wrong-owner', grant: forThisCen };
  return grants.length > 0 ? { kind: 'other-cens' } : { kind: 'missing' };
}
