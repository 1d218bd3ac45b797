// The route hops' outcomes the scenarios in path.test.ts do not reach, through diagnosePath.
import { diagnosePath } from '../path';
import {
  forbiddenInB,
  hopOf,
  learned,
  routes,
  system,
  tutorialPath,
  VPC_B,
} from '../../test-support/diagnosis-world';

describe('route hops', () => {
  it('an Active route to another next hop is blocked and named', () => {
    const r = diagnosePath(
      tutorialPath({ aRoutes: routes([learned('192.168.0.0/16', 'vpc-third', 'cn-beijing')]) }),
    );
    const h = hopOf(r.aToB, 'route-out');
    expect(h).toMatchObject({ verdict: 'blocked', account: 'A' });
    expect(h.evidence.message).toMatchObject({
      key: 'path.route.otherNextHop',
      params: { nextHop: 'vpc-third' },
    });
    expect(h.fix?.message.key).toBe('path.route.overlap.fix');
  });

  it('a route that is not Active and has no conflict listed is named with its status', () => {
    const r = diagnosePath(
      tutorialPath({
        aRoutes: routes([
          system('172.16.1.0/24'),
          learned('192.168.1.0/24', VPC_B, 'cn-beijing', 'Candidate'),
        ]),
      }),
    );
    const h = hopOf(r.aToB, 'route-out');
    expect(h.verdict).toBe('blocked');
    expect(h.evidence.message).toMatchObject({ key: 'path.route.rejected', params: { status: 'Candidate' } });
  });

  it('a refused route read is unknown in the account whose keys were refused', () => {
    const input = tutorialPath();
    input.b.routes = forbiddenInB('Cbn.DescribeCenChildInstanceRouteEntries');
    const h = hopOf(diagnosePath(input).aToB, 'route-back');
    expect(h).toMatchObject({ verdict: 'unknown', account: 'B', failure: { account: 'B' } });
  });

  it('without the target IP and the target CIDR, the route hop is unknown in the target’s account', () => {
    const input = tutorialPath();
    input.b.instance = forbiddenInB('Ecs.DescribeInstances');
    input.b.vpcCidr = forbiddenInB('Vpc.DescribeVpcs');
    const h = hopOf(diagnosePath(input).aToB, 'route-out');
    expect(h).toMatchObject({ verdict: 'unknown', account: 'B', failure: { action: 'Vpc.DescribeVpcs' } });
    expect(h.evidence.data).toMatchObject({ kind: 'route', destination: VPC_B, covering: [] });
  });
});
