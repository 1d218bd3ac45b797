// The Enterprise-Edition attachment hops: each VPC's attachment to its region's router, its association with and
// propagation to that router's System route table, and the peer attachment joining the two routers with its links
// on both tables (docs/reference/enterprise-edition.md §2 steps 5, 6, 8, 9). An attachment neither learns nor
// forwards routes until it is associated and propagating (§1), so each link is its own hop with its own fix.
import type { AccountName } from '../../accounts';
import type { TableLink } from '../../plan/enterprise-waits';
import { other } from '../../plan/enterprise-setup-calls';
import { msg } from '../message-builder';
import { hopResult } from '../path/hop-result';
import type { Hop, HopId } from '../path/path-types';
import { attachFix, linkFix, peerFix } from './enterprise-fix-calls';
import type { EnterprisePathInput } from './enterprise-path-types';
import { endOf, peerOf, routerOf, tableOf, vpcAttachmentOf } from './enterprise-reads';

/** A side's VPC attachment: Attaching → Attached (§2 step 5). Attached by Account A, the CEN owner. */
export function vpcAttachmentHop(
  id: 'source-attachment' | 'target-attachment',
  input: EnterprisePathInput,
  side: AccountName,
): Hop {
  const end = endOf(input, side);
  const region = { region: end.regionId };
  const result = hopResult(id, msg('ee.hop.attachment', { vpc: end.vpcId, region }), 'A');
  const base = { kind: 'attachment' as const, vpcId: end.vpcId };
  if (!input.vpcAttachments.ok) return result.notInspected(base, input.vpcAttachments.failure);
  const router = routerOf(input, end.regionId);
  const att = vpcAttachmentOf(input, end.vpcId);
  if (!att) {
    if (router?.Status !== 'Active')
      return result('blocked', msg('ee.attach.noRouter', { vpc: end.vpcId, region }), base);
    const call = attachFix(input, side);
    const params = { vpc: end.vpcId, router: router.TransitRouterId, region };
    return result('blocked', msg('ee.attach.missing', params), base, {
      message: call
        ? msg('ee.attach.create.fix', { ...params, zones: { list: zonesOf(input, side) } })
        : msg('ee.attach.missing.fix', params),
      ...(call ? { call } : {}),
    });
  }
  const params = {
    vpc: end.vpcId,
    attachment: att.TransitRouterAttachmentId,
    router: att.TransitRouterId,
    status: att.Status,
  };
  const data = {
    ...base,
    status: att.Status,
    attachmentId: att.TransitRouterAttachmentId,
    routerId: att.TransitRouterId,
  };
  if (att.Status === 'Attached') return result('pass', msg('ee.attach.attached', params), data);
  if (att.Status === 'Attaching')
    return result('blocked', msg('ee.attach.attaching', params), data, {
      message: msg('ee.attach.wait.fix', params),
    });
  return result('blocked', msg('ee.attach.status', params), data, {
    message: msg('ee.attach.status.fix', params),
  });
}

const zonesOf = (input: EnterprisePathInput, side: AccountName) =>
  (input.choices.zones?.[side] ?? []).map((z) => `${z.zoneId} (${z.vSwitchId})`);

/** Whose attachment a link hop is about, and on which side's router table. */
interface LinkSubject {
  id: HopId;
  link: TableLink;
  /** A side's VPC attachment, or the peer attachment. */
  attachment: AccountName | 'peer';
  /** The side whose router's System table it is. */
  router: AccountName;
}

/** The ID of the attachment a link is about, or the reason there is none yet. */
function attachmentIdOf(input: EnterprisePathInput, attachment: AccountName | 'peer'): string | undefined {
  if (attachment === 'peer') {
    const routers = (['A', 'B'] as const).map(
      (s) => routerOf(input, endOf(input, s).regionId)?.TransitRouterId,
    );
    return peerOf(input, routers)?.TransitRouterAttachmentId;
  }
  return vpcAttachmentOf(input, endOf(input, attachment).vpcId)?.TransitRouterAttachmentId;
}

/** Associating/Enabling → Active (§2 step 6); Dissociating/Disabling on the way out. */
export function linkHop(input: EnterprisePathInput, s: LinkSubject): Hop {
  const routerEnd = endOf(input, s.router);
  const region = { region: routerEnd.regionId };
  const what =
    s.attachment === 'peer'
      ? msg('ee.what.peer')
      : msg('ee.what.vpc', { vpc: endOf(input, s.attachment).vpcId });
  const titleKey = s.link === 'association' ? 'ee.hop.association' : 'ee.hop.propagation';
  // Route tables and their links are Account A's (the CEN owner's).
  const result = hopResult(s.id, msg(titleKey, { what: { message: what }, region }), 'A');
  const base = { kind: 'table-link' as const, link: s.link };
  const attachmentId = attachmentIdOf(input, s.attachment);
  const read = input.tables[s.router];
  if (read && !read.ok) return result.notInspected(base, read.failure);
  const table = tableOf(input, s.router);
  if (!attachmentId || !table?.tableId)
    return result('blocked', msg('ee.link.needs', { what: { message: what }, region }), base);
  const list = s.link === 'association' ? table.associations : table.propagations;
  const found = list.find((l) => l.TransitRouterAttachmentId === attachmentId);
  const data = {
    ...base,
    attachmentId,
    routeTableId: table.tableId,
    ...(found ? { status: found.Status } : {}),
  };
  const params = { attachment: attachmentId, table: table.tableId, status: found?.Status ?? '' };
  if (found?.Status === 'Active') return result('pass', msg(`ee.link.active.${s.link}`, params), data);
  if (found)
    return result('blocked', msg('ee.link.changing', params), data, {
      message: msg('ee.link.wait.fix', params),
    });
  const call = linkFix(input, s.link, s.attachment, s.router);
  return result('blocked', msg(`ee.link.missing.${s.link}`, params), data, {
    message: msg(s.link === 'association' ? 'ee.link.associate.fix' : 'ee.link.propagate.fix', params),
    ...(call ? { call } : {}),
  });
}

/** The connection between the two routers: Attaching → Attached (§2 step 8). */
export function peerHop(input: EnterprisePathInput, src: AccountName): Hop {
  const local = { region: endOf(input, src).regionId };
  const opposite = { region: endOf(input, other(src)).regionId };
  const result = hopResult('peer-attachment', msg('ee.hop.peer', { local, opposite }), 'A');
  const routers = [routerOf(input, local.region), routerOf(input, opposite.region)];
  const routerIds = routers.flatMap((r) => (r ? [r.TransitRouterId] : []));
  const base = { kind: 'peer-attachment' as const, routerIds };
  if (!input.peerAttachments.ok) return result.notInspected(base, input.peerAttachments.failure);
  if (routers.some((r) => r?.Status !== 'Active'))
    return result('blocked', msg('ee.peer.needsRouters', { local, opposite }), base);
  const peer = peerOf(input, routerIds);
  if (!peer) {
    const call = peerFix(input);
    const payment = input.choices.payment;
    return result('blocked', msg('ee.peer.missing', { local, opposite }), base, {
      message:
        call && payment
          ? msg(
              payment.type === 'DataTransfer'
                ? 'ee.peer.create.dataTransfer.fix'
                : 'ee.peer.create.package.fix',
              {
                bandwidth: payment.bandwidth,
              },
            )
          : msg('ee.peer.missing.fix'),
      ...(call ? { call } : {}),
    });
  }
  const params = { attachment: peer.TransitRouterAttachmentId, status: peer.Status, local, opposite };
  const data = {
    ...base,
    attachmentId: peer.TransitRouterAttachmentId,
    status: peer.Status,
    ...(peer.Bandwidth !== undefined ? { bandwidth: peer.Bandwidth } : {}),
    ...(peer.BandwidthType ? { bandwidthType: peer.BandwidthType } : {}),
  };
  if (peer.Status === 'Attached')
    return result(
      'pass',
      msg('ee.peer.attached', {
        ...params,
        bandwidth: peer.Bandwidth ?? '?',
        type: peer.BandwidthType ?? '?',
      }),
      data,
    );
  if (peer.Status === 'Attaching')
    return result('blocked', msg('ee.peer.attaching', params), data, {
      message: msg('ee.peer.wait.fix', params),
    });
  return result('blocked', msg('ee.peer.status', params), data, { message: msg('ee.peer.status.fix') });
}
