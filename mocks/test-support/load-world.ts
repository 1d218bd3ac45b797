// The load world: N copies of the tutorial's pair of networks in the same two demo accounts, named per run
// (A-Load-0007 in cn-qingdao, B-Load-0007 in cn-beijing, an ECS instance and an ICMP-allowing security group in
// each), so N simulated tutorial runs through one BFF never touch each other's resources. The CIDRs repeat on
// purpose: the tutorial's 172.16.0.0/16 and 192.168.0.0/16 only have to differ within one CEN.
import type { MockCloud } from '../cloud/mock-cloud';
import { loadScenario } from '../scenarios/catalogue';
import { addInstance, addSecurityGroup, addVpc, UID } from '../scenarios/seed';
import type { AccountName } from '../../src/domain/accounts';

export const LOAD_REGIONS = { A: 'cn-qingdao', B: 'cn-beijing' } as const;
export const LOAD_CIDRS = { A: '172.16.0.0/16', B: '192.168.0.0/16' } as const;

export const loadVpcName = (account: AccountName, run: number) =>
  `${account}-Load-${String(run).padStart(4, '0')}`;

/** Each side's network: its vSwitch, its instance's address, and the side whose pings its group lets in. */
const SIDES = [
  { account: 'A', owner: UID.A, vSwitch: '172.16.1.0/24', ip: '172.16.1.10', peer: 'B' },
  { account: 'B', owner: UID.B, vSwitch: '192.168.1.0/24', ip: '192.168.1.20', peer: 'A' },
] as const;

/** Empties the cloud to the bare accounts ("empty" scenario) and adds `runs` pairs of networks. */
export function buildLoadWorld(cloud: MockCloud, runs: number): void {
  loadScenario(cloud, 'empty');
  for (let i = 0; i < runs; i++) {
    for (const side of SIDES) {
      const prefix = side.account.toLowerCase();
      const vpc = addVpc(cloud, {
        owner: side.owner,
        region: LOAD_REGIONS[side.account],
        name: loadVpcName(side.account, i),
        cidr: LOAD_CIDRS[side.account],
        vSwitches: [side.vSwitch],
      });
      const sg = addSecurityGroup(cloud, vpc, `sg-${prefix}-load-${i}`, [
        {
          ipProtocol: 'ICMP',
          sourceCidrIp: LOAD_CIDRS[side.peer],
          description: `ping from Account ${side.peer}`,
        },
      ]);
      addInstance(cloud, vpc, `${prefix}-load-ecs-${i}`, side.ip, sg);
    }
  }
}
