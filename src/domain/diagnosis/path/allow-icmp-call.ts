// The one-call fix the ingress hop offers: an AuthorizeSecurityGroup rule on the target's group that accepts ICMP
// from the source. Rule order and parameters: the ECS AuthorizeSecurityGroup API doc
// (https://www.alibabacloud.com/help/en/ecs/api-authorizesecuritygroup; docs/reference/cen-api.md §2 step 6).
import { deterministicClientToken, type ApiCall } from '../api-call';
import type { PathEnd } from './path-types';

export interface AllowIcmp {
  /** The end whose group gets the rule. */
  end: PathEnd;
  groupId: string;
  /** The source's VPC CIDR, or its IP as a /32 when the CIDR is unknown. */
  sourceCidr: string;
  /** The VPC the ping comes from, named in the rule's description. */
  fromVpcId: string;
  clientToken?: (fixId: string) => string;
}

export function allowIcmpCall({ end, groupId, sourceCidr, fromVpcId, clientToken }: AllowIcmp): ApiCall {
  return {
    key: 'Ecs.AuthorizeSecurityGroup',
    account: end.account,
    regionId: end.regionId,
    params: {
      RegionId: end.regionId,
      SecurityGroupId: groupId,
      Permissions: [
        {
          IpProtocol: 'ICMP',
          PortRange: '-1/-1',
          SourceCidrIp: sourceCidr,
          Policy: 'accept',
          // Priority 1 is the highest (ECS AuthorizeSecurityGroup doc).
          Priority: '1',
          // "For a security group of the VPC type, you must set NicType to intranet." (same doc)
          NicType: 'intranet',
          Description: `CEN Connect: allow ping from ${fromVpcId}`,
        },
      ],
      ClientToken: (clientToken ?? deterministicClientToken)(
        `icmp-${groupId}-${sourceCidr.replace('/', '_')}`,
      ),
    },
  };
}
