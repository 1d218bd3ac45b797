// A second zone for a VPC that can be mapped in one zone only (enterprise-zones.ts singleZoneRisk): the zone the
// router offers where the VPC has no vSwitch, and the first /24 inside the VPC's CIDR block that no vSwitch of it
// uses, for its owner's Vpc CreateVSwitch (docs/reference/enterprise-edition.md §2 step 5: a vSwitch in each zone
// keeps the attachment up when one zone fails). A vSwitch's block must lie inside its VPC's and must not overlap
// another vSwitch of that VPC (Vpc API CreateVSwitch, CidrBlock).
import type { AccountName } from '../accounts';
import { compareCidrs, cidrContains, parseCidr } from '../cidr';
import { buildCall } from './call-builder';
import { ENTERPRISE_TOKEN_PURPOSE } from './client-token-purposes';
import type { PlannedCall } from './plan-types';
import type { CallState } from './setup-calls';

export interface SecondZoneProposal {
  zoneId: string;
  cidrBlock: string;
}

/** At most this many /24 blocks are tried (a /12 VPC has 4096): enough to find a free one in any real VPC. */
const MAX_TRIES = 4096;

/**
 * The zone and CIDR block a new vSwitch would take, or undefined when the router has no other zone, the VPC's block
 * is not a valid one of /24 or larger, or every tried /24 is taken.
 */
export function proposeSecondZone(
  vpcCidr: string | undefined,
  vSwitches: readonly { zoneId: string; cidrBlock?: string | undefined }[],
  regionZones: readonly string[],
): SecondZoneProposal | undefined {
  const zoneId = regionZones.find((z) => !vSwitches.some((s) => s.zoneId === z));
  const vpc = vpcCidr ? parseCidr(vpcCidr) : null;
  if (!zoneId || !vpc || vpc.prefix > 24) return undefined;
  const taken = vSwitches.flatMap((s) => {
    const c = s.cidrBlock ? parseCidr(s.cidrBlock) : null;
    return c ? [c] : [];
  });
  const count = Math.min(2 ** (24 - vpc.prefix), MAX_TRIES);
  for (let i = 0; i < count; i++) {
    const base = (vpc.base + i * 256) >>> 0;
    const text = `${base >>> 24}.${(base >>> 16) & 255}.${(base >>> 8) & 255}.0/24`;
    const block = parseCidr(text);
    if (block && cidrContains(vpc, block) && taken.every((t) => compareCidrs(t, block) === 'disjoint'))
      return { zoneId, cidrBlock: text };
  }
  return undefined;
}

/** Step 3, by the VPC's owner: the proposed vSwitch (asynchronous, Pending → Available). */
export function createSecondZoneVSwitchCall(
  account: AccountName,
  vpc: { vpcId: string; regionId: string },
  proposal: SecondZoneProposal,
  clientTokens: Readonly<Record<string, string>>,
  state: CallState,
): PlannedCall {
  return buildCall({
    id: `create-vswitch:${vpc.vpcId}:${proposal.zoneId}`,
    step: 3,
    product: 'Vpc',
    action: 'CreateVSwitch',
    params: {
      RegionId: vpc.regionId,
      VpcId: vpc.vpcId,
      ZoneId: proposal.zoneId,
      CidrBlock: proposal.cidrBlock,
    },
    account,
    // The BFF requires a ClientToken on every write that creates something; a retry sends the same one.
    tokenPurpose: ENTERPRISE_TOKEN_PURPOSE.createVSwitch(vpc.vpcId, proposal.zoneId, proposal.cidrBlock),
    clientTokens,
    ...state,
    summary: `Account ${account} creates a vSwitch in its VPC ${vpc.vpcId}, zone ${proposal.zoneId}, ${proposal.cidrBlock}`,
  });
}
