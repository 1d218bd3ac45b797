// Every scenario builds, and every drill produces the symptom its description promises.
import { manualClock } from '../cloud/clock';
import { MockCloud } from '../cloud/mock-cloud';
import { snapshot } from '../cloud/snapshot';
import { loadScenario, SCENARIOS } from './catalogue';
import { UID } from './seed';
import type { AccountName } from '../../src/domain/accounts';

function fresh(name: string) {
  const cloud = new MockCloud({ clock: manualClock(), seed: 3 });
  loadScenario(cloud, name);
  const call = (
    account: AccountName,
    product: 'Cbn' | 'Vpc' | 'Ecs',
    action: string,
    params: Record<string, unknown>,
  ) => cloud.call({ product, action, callerUid: account === 'A' ? UID.A : UID.B, params });
  const tutorialCen = () => cloud.world.cens.find((c) => c.name === 'DifferentAccountDifferentRegion')?.id;
  const vpc = (name: string) => cloud.world.vpcs.find((v) => v.name === name);
  const attachB = () =>
    call('A', 'Cbn', 'AttachCenChildInstance', {
      CenId: tutorialCen(),
      ChildInstanceId: vpc('B-Beijing-VPC')?.id,
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-beijing',
      ChildInstanceOwnerId: UID.B,
    });
  const step5 = () =>
    call('A', 'Cbn', 'SetCenInterRegionBandwidthLimit', {
      CenId: tutorialCen(),
      LocalRegionId: 'cn-qingdao',
      OppositeRegionId: 'cn-beijing',
      BandwidthLimit: 5,
    });
  const reachable = (fromIp: string, toIp: string) => {
    const s = snapshot(cloud) as { connectivity: { from: string; toIp: string; reachable: boolean }[] };
    const from = cloud.world.instances.find((i) => i.privateIp === fromIp)?.id;
    return s.connectivity.find((c) => c.from === from && c.toIp === toIp)?.reachable;
  };
  return { cloud, call, attachB, step5, reachable };
}

describe('scenarios', () => {
  it.each(SCENARIOS.map((s) => s.name))('%s builds and describes itself', (name) => {
    const { cloud } = fresh(name);
    expect(cloud.world.accounts.map((a) => a.name)).toEqual(['A', 'B', 'C']);
    expect(SCENARIOS.find((s) => s.name === name)?.description.length).toBeGreaterThan(20);
  });

  it('builds the same IDs for the same seed', () => {
    expect(fresh('after-step-5').cloud.world.cens.map((c) => c.id)).toEqual(
      fresh('after-step-5').cloud.world.cens.map((c) => c.id),
    );
  });

  it('after-step-N has the tutorial’s resources in final statuses', () => {
    expect(fresh('demo').cloud.world.cens.map((c) => c.name)).toEqual(['OtherTeamCen']);
    const s1 = fresh('after-step-1').cloud;
    expect(s1.world.attachments.filter((a) => a.childOwnerUid === UID.A)).toHaveLength(1);
    expect(fresh('after-step-2').cloud.world.grants.filter((g) => g.cenOwnerUid === UID.A)).toHaveLength(1);
    const s5 = fresh('after-step-5');
    expect(s5.cloud.world.packages[0]).toMatchObject({ bandwidth: 8, name: 'MainlandBandwidthPackage' });
    expect(s5.cloud.world.limits[0]).toMatchObject({ bandwidthLimit: 5 });
    expect(s5.reachable('172.16.1.10', '192.168.1.20')).toBe(true);
    expect(s5.reachable('192.168.1.20', '172.16.1.10')).toBe(true);
    // Before step 5 only the free 1 Kbps test bandwidth joins the regions: ping passes, traffic would not.
    expect(fresh('after-step-4').reachable('172.16.1.10', '192.168.1.20')).toBe(true);
    expect(fresh('after-step-2').reachable('172.16.1.10', '192.168.1.20')).toBe(false);
  });

  it('missing-grant and wrong-owner-uid refuse step 3 with Forbbiden.AttachChildInstanceAcrossUid', () => {
    expect(fresh('missing-grant').attachB().body.Code).toBe('Forbbiden.AttachChildInstanceAcrossUid');
    expect(fresh('wrong-owner-uid').attachB().body.Code).toBe('Forbbiden.AttachChildInstanceAcrossUid');
  });

  it('identical-cidr refuses step 3; overlapping-cidr attaches but cannot ping', () => {
    expect(fresh('identical-cidr').attachB().body.Code).toBe('InvalidOperation.CidrBlockConflict');
    const o = fresh('overlapping-cidr');
    expect(o.reachable('172.16.1.10', '172.16.1.20')).toBe(false);
  });

  it('sg-blocks-icmp fails one way only', () => {
    const s = fresh('sg-blocks-icmp');
    expect(s.reachable('172.16.1.10', '192.168.1.20')).toBe(false);
    expect(s.reachable('192.168.1.20', '172.16.1.10')).toBe(true);
  });

  it('over-allocated-bandwidth and wrong-area refuse step 5', () => {
    expect(fresh('over-allocated-bandwidth').step5().body.Code).toBe(
      'InvalidOperation.BandwidthLimitExceeded',
    );
    expect(fresh('wrong-area').step5().body.Code).toBe('InvalidOperation.RegionNotInGeoSpan');
  });

  it('operation-blocking blocks the next two attaches, then lets the third through', () => {
    const s = fresh('operation-blocking');
    expect(s.attachB().body.Code).toBe('Operation.Blocking');
    expect(s.attachB().body.Code).toBe('Operation.Blocking');
    expect(s.attachB().status).toBe(200);
  });

  it('throttling-storm throttles some calls, not all', () => {
    const s = fresh('throttling-storm');
    const codes = Array.from({ length: 30 }, () => s.call('A', 'Cbn', 'DescribeCens', {}).status);
    expect(codes.filter((c) => c === 400).length).toBeGreaterThan(3);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThan(3);
  });

  it('lost-response drops the first CreateCen after creating it', () => {
    const s = fresh('lost-response');
    const r = s.call('A', 'Cbn', 'CreateCen', { Name: 'Lost', ClientToken: 't-1' });
    expect(r.dropped).toBe(true);
    expect(s.cloud.world.cens.some((c) => c.name === 'Lost')).toBe(true);
  });

  it('refuses an unknown scenario name with the list of known ones', () => {
    expect(() => loadScenario(new MockCloud({ clock: manualClock() }), 'nope')).toThrow(
      /Known: demo, after-step-1/,
    );
  });
});
