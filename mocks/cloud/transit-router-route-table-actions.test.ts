// Enterprise Edition steps 6 and 9 (docs/reference/enterprise-edition.md §2): associations and propagations on
// the System tables, Associating/Enabling → Active and Dissociating/Disabling on the mock clock, their refusals,
// and the delete order they impose (§2 "Teardown").
import { codeOf, testCloud } from '../test-support/test-cloud';
import { deleteVpcAttachmentB, runEnterprise, tearDownEnterprise } from '../test-support/enterprise-flow';

function flow(delayMs = 0) {
  const t = testCloud();
  const e = runEnterprise(t);
  t.cloud.delayMs = delayMs;
  return { t, e };
}

const link = (attachmentId: string, tableId: string) => ({
  TransitRouterAttachmentId: attachmentId,
  TransitRouterRouteTableId: tableId,
});

describe('associations and propagations', () => {
  it('are Active after the flow, the peer attachment on both routers’ tables', () => {
    const { t, e } = flow();
    for (const table of [e.table1, e.table2]) {
      const assoc = t.ok('A', 'Cbn', 'ListTransitRouterRouteTableAssociations', {
        TransitRouterRouteTableId: table,
      });
      const props = t.ok('A', 'Cbn', 'ListTransitRouterRouteTablePropagations', {
        TransitRouterRouteTableId: table,
      });
      expect(assoc.TotalCount).toBe(2);
      expect(props.TotalCount).toBe(2);
      expect(assoc.TransitRouterAssociations).toContainEqual(
        expect.objectContaining({
          TransitRouterAttachmentId: e.peerAttachment,
          ResourceType: 'TR',
          Status: 'Active',
        }),
      );
    }
    const b = t.ok('A', 'Cbn', 'ListTransitRouterRouteTablePropagations', {
      TransitRouterRouteTableId: e.table2,
      TransitRouterAttachmentId: e.vpcAttachmentB,
    });
    expect(b.TransitRouterPropagations).toEqual([
      expect.objectContaining({ ResourceId: t.world.b.vpc.id, ResourceType: 'VPC', Status: 'Active' }),
    ]);
  });

  it('go Dissociating/Disabling on the clock, and cannot end while still changing', () => {
    const { t, e } = flow(2000);
    const p = link(e.vpcAttachmentB, e.table2);
    const status = (action: string, list: string) =>
      (
        t.ok('A', 'Cbn', action, {
          TransitRouterRouteTableId: e.table2,
          TransitRouterAttachmentId: e.vpcAttachmentB,
        })[list] as { Status: string }[]
      )[0]?.Status;
    t.ok('A', 'Cbn', 'DisableTransitRouterRouteTablePropagation', p);
    expect(status('ListTransitRouterRouteTablePropagations', 'TransitRouterPropagations')).toBe('Disabling');
    expect(codeOf(t.call('A', 'Cbn', 'DisableTransitRouterRouteTablePropagation', p))).toBe(
      'IncorrectStatus.AttachmentOrRouteTable',
    );
    t.cloud.clock.advance(2000);
    expect(status('ListTransitRouterRouteTablePropagations', 'TransitRouterPropagations')).toBeUndefined();
    expect(codeOf(t.call('A', 'Cbn', 'DisableTransitRouterRouteTablePropagation', p))).toBe(
      'PropagationNotExist.TransitRouterTable',
    );
    t.ok('A', 'Cbn', 'EnableTransitRouterRouteTablePropagation', p);
    expect(status('ListTransitRouterRouteTablePropagations', 'TransitRouterPropagations')).toBe('Enabling');
    t.cloud.clock.advance(2000);
    expect(status('ListTransitRouterRouteTablePropagations', 'TransitRouterPropagations')).toBe('Active');
    t.ok('A', 'Cbn', 'DissociateTransitRouterAttachmentFromRouteTable', p);
    expect(status('ListTransitRouterRouteTableAssociations', 'TransitRouterAssociations')).toBe(
      'Dissociating',
    );
    t.cloud.clock.advance(2000);
    t.ok('A', 'Cbn', 'AssociateTransitRouterAttachmentWithRouteTable', p);
    expect(status('ListTransitRouterRouteTableAssociations', 'TransitRouterAssociations')).toBe(
      'Associating',
    );
    t.cloud.clock.advance(2000);
    expect(status('ListTransitRouterRouteTableAssociations', 'TransitRouterAssociations')).toBe('Active');
  });

  it('refuse a second association or propagation, another router’s table, unknown IDs and a dry run', () => {
    const { t, e } = flow();
    const call = (action: string, attachmentId: string, tableId: string, extra = {}) =>
      codeOf(t.call('A', 'Cbn', action, { ...link(attachmentId, tableId), ...extra }));
    expect(call('AssociateTransitRouterAttachmentWithRouteTable', e.vpcAttachmentB, e.table2)).toBe(
      'AssociationExist.TransitRouterTable',
    );
    expect(call('EnableTransitRouterRouteTablePropagation', e.vpcAttachmentB, e.table2)).toBe(
      'PropagationExist.TransitRouterTable',
    );
    expect(call('EnableTransitRouterRouteTablePropagation', e.vpcAttachmentB, e.table1)).toBe(
      'IllegalParam.TransitRouterTableId',
    );
    expect(call('AssociateTransitRouterAttachmentWithRouteTable', 'tr-attach-nope', e.table2)).toBe(
      'InvalidAttachmentId.NotFound',
    );
    expect(call('AssociateTransitRouterAttachmentWithRouteTable', e.vpcAttachmentB, 'vtb-nope')).toBe(
      'InvalidRouteTableId.NotFound',
    );
    expect(
      call('DissociateTransitRouterAttachmentFromRouteTable', e.vpcAttachmentB, e.table2, { DryRun: true }),
    ).toBe('DryRunOperation');
    // B cannot touch A's attachments.
    expect(
      codeOf(
        t.call(
          'B',
          'Cbn',
          'DissociateTransitRouterAttachmentFromRouteTable',
          link(e.vpcAttachmentB, e.table2),
        ),
      ),
    ).toBe('InvalidAttachmentId.NotFound');
  });

  it('refuse an attachment that is not Attached yet', () => {
    const { t, e } = flow(1000);
    t.ok('A', 'Cbn', 'DeleteTransitRouterPeerAttachment', {
      TransitRouterAttachmentId: e.peerAttachment,
      Force: true,
    });
    const vsw = t.cloud.world.vSwitches.find((s) => s.vpcId === t.world.a.hangzhou.id);
    const r3 = String(
      t.ok('A', 'Cbn', 'CreateTransitRouter', { CenId: e.cenId, RegionId: 'cn-hangzhou' }).TransitRouterId,
    );
    t.cloud.clock.advance(1000);
    const att = String(
      t.ok('A', 'Cbn', 'CreateTransitRouterVpcAttachment', {
        TransitRouterId: r3,
        VpcId: t.world.a.hangzhou.id,
        ZoneMappings: [{ ZoneId: vsw?.zoneId, VSwitchId: vsw?.id }],
      }).TransitRouterAttachmentId,
    );
    const tables = t.ok('A', 'Cbn', 'ListTransitRouterRouteTables', { TransitRouterId: r3 })
      .TransitRouterRouteTables as {
      TransitRouterRouteTableId: string;
    }[];
    const table = String(tables[0]?.TransitRouterRouteTableId);
    expect(
      codeOf(t.call('A', 'Cbn', 'AssociateTransitRouterAttachmentWithRouteTable', link(att, table))),
    ).toBe('IncorrectStatus.AttachmentOrRouteTable');
    t.cloud.clock.advance(1000);
    expect(
      codeOf(t.call('A', 'Cbn', 'AssociateTransitRouterAttachmentWithRouteTable', link(att, table))),
    ).toBe('OK');
  });
});

describe('the teardown order', () => {
  it('refuses to delete an attachment still associated or propagating, unless Force, which ends its links', () => {
    const { t, e } = flow();
    const del = (extra = {}) => deleteVpcAttachmentB(t, e, extra);
    expect(del()).toBe('DependencyViolation.TransitRouterAttachment');
    expect(
      codeOf(
        t.call('A', 'Cbn', 'DeleteTransitRouterPeerAttachment', {
          TransitRouterAttachmentId: e.peerAttachment,
        }),
      ),
    ).toBe('DependencyViolation.TransitRouterAttachment');
    expect(codeOf(t.call('A', 'Cbn', 'DeleteTransitRouter', { TransitRouterId: e.r2 }))).toBe(
      'InvalidOperation.AttachedChildInstanceExist',
    );
    expect(del({ Force: true })).toBe('OK');
    const left = t.ok('A', 'Cbn', 'ListTransitRouterRouteTableAssociations', {
      TransitRouterRouteTableId: e.table2,
    });
    expect(
      (left.TransitRouterAssociations as { TransitRouterAttachmentId: string }[]).map(
        (l) => l.TransitRouterAttachmentId,
      ),
    ).toEqual([e.peerAttachment]);
  });

  it('runs the documented order to the end: nothing of the Enterprise world is left', () => {
    const t = testCloud();
    const e = runEnterprise(t);
    tearDownEnterprise(t, e, (a, action, p, product = 'Cbn') => t.ok(a, product, action, p));
    t.ok('A', 'Cbn', 'DescribeCens', {});
    const w = t.cloud.world.transit;
    expect([
      w.routers,
      w.routeTables,
      w.grants,
      w.vpcAttachments,
      w.peerAttachments,
      w.associations,
      w.propagations,
      w.vpcRoutes,
    ]).toEqual([[], [], [], [], [], [], [], []]);
    expect(t.cloud.world.cens.some((c) => c.id === e.cenId)).toBe(false);
  });
});
