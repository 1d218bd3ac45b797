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

/** Empties the cloud to the bare accounts ("empty" scenario) and adds `runs` pairs of networks. */
export function buildLoadWorld(cloud: MockCloud, runs: number): void {
  loadScenario(cloud, 'empty');
  for (let i = 0; i < runs; i++) {
    const a = addVpc(cloud, {
      owner: UID.A,
      region: LOAD_REGIONS.A,
      name: loadVpcName('A', i),
      cidr: LOAD_CIDRS.A,
      vSwitches: ['172.16.1.0/24'],
    });
    const aSg = addSecurityGroup(cloud, a, `sg-a-load-${i}`, [
      { ipProtocol: 'ICMP', sourceCidrIp: LOAD_CIDRS.B, description: 'ping from Account B' },
    ]);
    addInstance(cloud, a, `a-load-ecs-${i}`, '172.16.1.10', aSg);
    const b = addVpc(cloud, {
      owner: UID.B,
      region: LOAD_REGIONS.B,
      name: loadVpcName('B', i),
      cidr: LOAD_CIDRS.B,
      vSwitches: ['192.168.1.0/24'],
    });
    const bSg = addSecurityGroup(cloud, b, `sg-b-load-${i}`, [
      { ipProtocol: 'ICMP', sourceCidrIp: LOAD_CIDRS.A, description: 'ping from Account A' },
    ]);
    addInstance(cloud, b, `b-load-ecs-${i}`, '192.168.1.20', bSg);
  }
}
