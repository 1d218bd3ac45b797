// The one-call fixes of the Enterprise-Edition path: the setup plan's own calls (src/domain/plan/
// enterprise-setup-calls.ts), rebuilt from what the diagnosis read, so the fix a user confirms is the very call the
// step would send, with the same ClientToken purpose. A call its builder blocks (a parameter still unknown or the
// catalogue refusing it) is not offered: the hop then says in words what to do.
import type { AccountName } from '../../accounts';
import {
  attachVpcCall,
  createPeerCall,
  createRouterCall,
  grantToRouterCall,
  openServiceCall,
  other,
  revokeFromRouterCall,
  routeCall,
  tableLinkCall,
} from '../../plan/enterprise-setup-calls';
import type { TableLink } from '../../plan/enterprise-waits';
import type { PlannedCall } from '../../plan/plan-types';
import type { EnterprisePathInput } from './enterprise-path-types';
import { endOf, peerOf, vpcSide } from './enterprise-reads';

type Tokens = Readonly<Record<string, string>>;
const PENDING = { status: 'pending' } as const;

/**
 * Builds with the saved tokens; a write whose purpose has none yet gets one made and saved first (ensureToken), and
 * is built again with it — web/plan/send-planned-call.ts callWithClientToken's rule, on the domain's side.
 */
function offer(input: EnterprisePathInput, build: (tokens: Tokens) => PlannedCall): PlannedCall | undefined {
  let call = build(input.clientTokens);
  const purpose = call.clientToken && !call.clientToken.value ? call.clientToken.purpose : undefined;
  if (purpose && input.ensureToken)
    call = build({ ...input.clientTokens, [purpose]: input.ensureToken(purpose) });
  return call.status === 'pending' ? call : undefined;
}

export const openServiceFix = (input: EnterprisePathInput, account: AccountName) =>
  offer(input, (tokens) => openServiceCall(account, tokens, PENDING));

export const createRouterFix = (input: EnterprisePathInput, side: AccountName) =>
  offer(input, (tokens) => createRouterCall(side, vpcSide(input, side), input.cenId, tokens, PENDING));

export function grantFix(input: EnterprisePathInput): PlannedCall | undefined {
  const orderType = input.choices.orderType;
  if (!orderType) return undefined;
  return offer(input, () =>
    grantToRouterCall(vpcSide(input, 'B'), input.cenId, input.uids.A, orderType, PENDING),
  );
}

/** B revokes a grant that names another CEN owner: it blocks a second grant of the VPC to this CEN (§2 step 3). */
export const revokeGrantFix = (input: EnterprisePathInput, cenOwnerId: string) =>
  offer(input, () => revokeFromRouterCall(endOf(input, 'B'), { cenId: input.cenId, cenOwnerId }, PENDING));

export function attachFix(input: EnterprisePathInput, side: AccountName): PlannedCall | undefined {
  const v = vpcSide(input, side);
  if (v.zones.length === 0) return undefined;
  const autoPublish = input.choices.routes === 'AutoPublish';
  return offer(input, (tokens) =>
    attachVpcCall(side, v, input.cenId, input.uids.B, autoPublish, tokens, PENDING),
  );
}

/** What the plan's link builder needs to know of both sides and the connection. */
function linkInput(input: EnterprisePathInput, tokens: Tokens) {
  const vpcs = { A: vpcSide(input, 'A'), B: vpcSide(input, 'B') };
  const peer = peerOf(input, [vpcs.A.router.id, vpcs.B.router.id]);
  return {
    vpcs,
    peer: {
      ...(peer ? { id: peer.TransitRouterAttachmentId, status: peer.Status } : {}),
      association: { A: undefined, B: undefined },
      propagation: { A: undefined, B: undefined },
    },
    cen: { id: input.cenId },
    clientTokens: tokens,
  };
}

export const linkFix = (
  input: EnterprisePathInput,
  link: TableLink,
  attachment: AccountName | 'peer',
  router: AccountName,
) => offer(input, (tokens) => tableLinkCall(link, attachment, router, linkInput(input, tokens), PENDING));

export function peerFix(input: EnterprisePathInput): PlannedCall | undefined {
  const payment = input.choices.payment;
  if (!payment) return undefined;
  return offer(input, (tokens) => createPeerCall(linkInput(input, tokens), payment, PENDING));
}

/** The side's VPC route toward its own attachment for the other side's CIDR (§2 step 10 b). */
export function routeFix(input: EnterprisePathInput, side: AccountName): PlannedCall | undefined {
  const far = endOf(input, other(side));
  const destination = far.vpcCidr.ok ? far.vpcCidr.value : undefined;
  if (!destination) return undefined;
  return offer(input, (tokens) => routeCall(side, vpcSide(input, side), destination, tokens, PENDING));
}
