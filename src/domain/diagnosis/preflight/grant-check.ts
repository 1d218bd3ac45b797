// Preflight's grant check: before a network of another account is attached, its owner must have granted it to
// this CEN naming the CEN owner's UID (grant.ts). The owner's own grant list is the authority; the CEN owner's
// view of grants to its CEN stands in when the owner's cannot be read.
import { grantStanding, needsGrant, type GrantRef } from '../../grant';
import { deterministicClientToken, type ApiCall } from '../api-call';
import { msg } from '../message-builder';
import type { MessageKey } from '../messages';
import type { Fix } from '../verdicts';
import { checkResult, failuresOf } from './check-result';
import type { NetworkToAttach, PreflightInput, PreflightItem } from './preflight-types';

/** One of the two grant lists, read as (CEN, owner UID) pairs of this network. */
interface GrantView {
  source: 'owner' | 'cen';
  grants: GrantRef[];
  /** What "no grant to this CEN" says, naming whose list was read. */
  missingKey: MessageKey;
}

function viewOf(input: PreflightInput, x: NetworkToAttach): GrantView | undefined {
  // Account B's own record is the authority on what B granted (Vpc.DescribeGrantRulesToCen).
  if (x.grantsFromOwner?.ok)
    return {
      source: 'owner',
      grants: x.grantsFromOwner.value.map((r) => ({
        cenId: r.CenInstanceId,
        cenOwnerUid: String(r.CenOwnerId),
      })),
      missingKey: 'preflight.grant.missing',
    };
  // Otherwise Account A's view of grants to this CEN (Cbn.DescribeGrantRulesToCen).
  if (input.grantsToCen?.ok)
    return {
      source: 'cen',
      grants: input.grantsToCen.value
        .filter((r) => r.ChildInstanceId === x.vpcId && r.CenId === input.cen.cenId)
        .map((r) => ({ cenId: r.CenId, cenOwnerUid: String(r.CenOwnerId) })),
      missingKey: 'preflight.grant.missingSeenFromCen',
    };
  return undefined;
}

/** The grant and revoke calls are made in the network owner's account, with these exact parameters. */
function grantCall(
  input: PreflightInput,
  x: NetworkToAttach,
  kind: 'grant' | 'revoke',
  cenOwnerUid: string,
): ApiCall {
  const { cenId } = input.cen;
  const fixId = kind === 'grant' ? `grant-${x.vpcId}-${cenId}` : `revoke-${x.vpcId}-${cenId}-${cenOwnerUid}`;
  return {
    key: kind === 'grant' ? 'Vpc.GrantInstanceToCen' : 'Vpc.RevokeInstanceFromCen',
    account: x.account,
    regionId: x.regionId,
    params: {
      RegionId: x.regionId,
      InstanceId: x.vpcId,
      InstanceType: 'VPC',
      CenId: cenId,
      CenOwnerId: cenOwnerUid,
      ClientToken: (input.clientToken ?? deterministicClientToken)(fixId),
    },
  };
}

export function grantItem(input: PreflightInput, x: NetworkToAttach): PreflightItem {
  const { cenId, ownerUid: cenOwnerUid } = input.cen;
  const result = checkResult(
    'grant',
    `grant:${x.vpcId}`,
    msg('preflight.grant.title', { vpc: x.vpcId, account: x.account }),
  );
  const crossAccount = needsGrant(x.ownerUid, cenOwnerUid);
  const data = {
    check: 'grant' as const,
    vpcId: x.vpcId,
    ownerUid: x.ownerUid,
    cenId,
    cenOwnerUid,
    crossAccount,
    rules: [] as GrantRef[],
  };
  if (!crossAccount) return result('pass', msg('preflight.grant.sameAccount', { vpc: x.vpcId }), data);

  const view = viewOf(input, x);
  if (!view) {
    const failures = failuresOf(x.grantsFromOwner, input.grantsToCen);
    return failures.length
      ? result.notInspected(data, failures)
      : result('unknown', msg('preflight.grant.notRead', { vpc: x.vpcId }), data);
  }

  const d = { ...data, source: view.source, rules: view.grants };
  const params = { vpc: x.vpcId, cen: cenId, uid: cenOwnerUid };
  // The grant is one call in B's account (docs/reference/cen-api.md §2 step 2): offer it with the exact parameters.
  const grantFix: Fix = {
    message: msg('preflight.grant.missing.fix', {
      account: x.account,
      vpc: x.vpcId,
      cen: cenId,
      uid: cenOwnerUid,
    }),
    call: grantCall(input, x, 'grant', cenOwnerUid),
  };
  const standing = grantStanding(view.grants, cenId, cenOwnerUid);
  switch (standing.kind) {
    case 'granted':
      return result('pass', msg('preflight.grant.ok', params), d);
    case 'wrong-owner': {
      // A grant cannot be edited (docs/reference/cen-api.md §2 step 2): the wrong one is revoked, in B's
      // account, before granting again.
      const granted = standing.grant.cenOwnerUid;
      return result('blocking', msg('preflight.grant.wrongOwner', { ...params, granted }), d, {
        message: msg('preflight.grant.wrongOwner.fix', { ...params, account: x.account, granted }),
        call: grantCall(input, x, 'revoke', granted),
      });
    }
    case 'other-cens': {
      const others = { list: view.grants.map((g) => `${g.cenId} (${g.cenOwnerUid})`) };
      return result(
        'blocking',
        msg('preflight.grant.otherCen', { vpc: x.vpcId, cen: cenId, others }),
        d,
        grantFix,
      );
    }
    case 'missing':
      return result(
        'blocking',
        msg(view.missingKey, { vpc: x.vpcId, cen: cenId, account: x.account }),
        d,
        grantFix,
      );
  }
}
