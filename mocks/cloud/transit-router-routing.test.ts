// The ping over Enterprise-Edition transit routers (docs/reference/enterprise-edition.md §2 steps 6, 9, 10): it
// passes both ways once both VPCs route to their attachments, every attachment is associated and propagating, and
// the connection is associated and propagating on both routers — and fails when any one of those is missing.
import { testCloud, type TestCloud } from '../test-support/test-cloud';
import { EE, runEnterprise, type EnterpriseState } from '../test-support/enterprise-flow';
import { pingVerdict } from './routing';

function flow() {
  const t = testCloud();
  const e = runEnterprise(t);
  return { t, e };
}

const verdict = (t: TestCloud, from: 'a' | 'b') => {
  const src = t.world[from].ecs;
  const dst = t.world[from === 'a' ? 'b' : 'a'].ecs;
  t.ok('A', 'Cbn', 'DescribeCens', {});
  return pingVerdict(t.cloud.world, src, dst.privateIp, t.cloud.now());
};

const unlink = (t: TestCloud, action: string, attachmentId: string, tableId: string) =>
  t.ok('A', 'Cbn', action, { TransitRouterAttachmentId: attachmentId, TransitRouterRouteTableId: tableId });

describe('ping over transit routers', () => {
  it('passes both ways after the whole job, over full bandwidth', () => {
    const { t } = flow();
    expect(verdict(t, 'a')).toMatchObject({ ok: true, testBandwidthOnly: false });
    expect(verdict(t, 'b')).toMatchObject({ ok: true });
    const run = t.ok('A', 'Ecs', 'RunCommand', {
      RegionId: EE.r1,
      Type: 'RunShellScript',
      CommandContent: `ping -c 4 ${t.world.b.ecs.privateIp}`,
      InstanceId: [t.world.a.ecs.id],
    });
    const result = t.ok('A', 'Ecs', 'DescribeInvocationResults', {
      RegionId: EE.r1,
      InvokeId: run.InvokeId,
      ContentEncoding: 'PlainText',
    }) as { Invocation: { InvocationResults: { InvocationResult: { Output: string; ExitCode: number }[] } } };
    const out = result.Invocation.InvocationResults.InvocationResult[0];
    expect(out?.ExitCode).toBe(0);
    expect(out?.Output).toContain('4 packets transmitted, 4 received, 0% packet loss');
  });

  it('fails without B’s route back to its attachment (the reply has no way home)', () => {
    const { t, e } = flow();
    t.ok('B', 'Vpc', 'DeleteRouteEntry', { RegionId: EE.r2, RouteEntryId: e.routeB });
    expect(verdict(t, 'a')).toEqual({ ok: false, reason: 'no-return-route' });
    expect(verdict(t, 'b')).toEqual({ ok: false, reason: 'no-route' });
  });

  const missing: [string, (t: TestCloud, e: EnterpriseState) => void][] = [
    [
      'the connection’s propagation on R1',
      (t, e) => unlink(t, 'DisableTransitRouterRouteTablePropagation', e.peerAttachment, e.table1),
    ],
    [
      'the connection’s association on R2',
      (t, e) => unlink(t, 'DissociateTransitRouterAttachmentFromRouteTable', e.peerAttachment, e.table2),
    ],
    [
      'B’s propagation on R2',
      (t, e) => unlink(t, 'DisableTransitRouterRouteTablePropagation', e.vpcAttachmentB, e.table2),
    ],
    [
      'A’s association on R1',
      (t, e) =>
        unlink(t, 'DissociateTransitRouterAttachmentFromRouteTable', String(e.vpcAttachmentA), e.table1),
    ],
  ];
  it.each(missing)('fails from A without %s', (_what, undo) => {
    const { t, e } = flow();
    undo(t, e);
    expect(verdict(t, 'a').ok).toBe(false);
  });
});
