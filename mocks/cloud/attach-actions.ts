// Step 3 (docs/reference/cen-api.md §2): attach / detach networks, list them, and the CEN-side view of
// grants.
import type { ActionContext, HandlersOf, ItemOf, ReplyOf } from './action-context';
import { errors } from './cloud-error';
import { cbnTime, paginate, paginateCbnByToken } from './formats';
import { attachmentStatus } from './lifecycle';
import { activeCen, ownCen } from './lookups';
import type { Attachment, ChildType } from './model';
import { regionList } from './region-list';
import { refuseBasic } from './transit-router-lookups';
import { compareCidrs, parseCidr } from '../../src/domain/cidr';
import type { ParsedParamsOf } from '../../src/domain/openapi/actions';

interface Child {
  id: string;
  type: ChildType;
  regionId: string;
  ownerUid: string;
  name: string;
  cidr?: string;
}

function findChild(
  ctx: ActionContext,
  id: string,
  type: string,
  regionId: string,
  ownerUid: string,
): Child | undefined {
  if (type === 'VPC') {
    const v = ctx.world.vpcs.find((x) => x.id === id && x.ownerUid === ownerUid && x.regionId === regionId);
    return v && { id: v.id, type: 'VPC', regionId, ownerUid, name: v.name, cidr: v.cidr };
  }
  if (type === 'VBR') {
    const b = ctx.world.vbrs.find((x) => x.id === id && x.ownerUid === ownerUid && x.regionId === regionId);
    return b && { id: b.id, type: 'VBR', regionId, ownerUid, name: b.name };
  }
  return undefined;
}

type ChildView = ItemOf<ReplyOf<'Cbn.DescribeCenAttachedChildInstances'>['ChildInstances']['ChildInstance']>;

function childView(a: Attachment, now: number): ChildView {
  return {
    CenId: a.cenId,
    ChildInstanceId: a.childId,
    ChildInstanceType: a.childType,
    ChildInstanceRegionId: a.childRegionId,
    // A bare JSON number on the wire (docs/reference/cen-api.md §2 step 3); MockCloud serialises it that way.
    ChildInstanceOwnerId: a.childOwnerUid,
    ChildInstanceAttachTime: cbnTime(a.attachedAt),
    Status: attachmentStatus(a, now),
  };
}

/** The three parameters that name one attached child, as every attach-side action takes them. */
type ChildIdentity = Pick<
  ParsedParamsOf<'Cbn.DetachCenChildInstance'>,
  'ChildInstanceId' | 'ChildInstanceType' | 'ChildInstanceRegionId'
>;

function findAttachment(ctx: ActionContext, cenId: string, p: ChildIdentity): Attachment | undefined {
  return ctx.world.attachments.find(
    (a) =>
      a.cenId === cenId &&
      a.childId === p.ChildInstanceId &&
      a.childType === p.ChildInstanceType &&
      a.childRegionId === p.ChildInstanceRegionId,
  );
}

export const attachActions = {
  AttachCenChildInstance(ctx, p) {
    const cen = activeCen(ctx, p.CenId);
    const ownerUid = p.ChildInstanceOwnerId ?? ctx.caller.uid;
    const regionId = p.ChildInstanceRegionId;
    refuseBasic(ctx, cen, [regionId]);
    // Without ChildInstanceOwnerId the instance is looked up in the caller's own account
    // (docs/reference/cen-api.md §2 step 3).
    const child = findChild(ctx, p.ChildInstanceId, p.ChildInstanceType, regionId, ownerUid);
    if (!child) throw errors.childNotFound();
    if (ownerUid !== cen.ownerUid) {
      // The grant must name this CEN, its owner, this instance and its region (docs/reference/cen-api.md
      // §8.2).
      const granted = ctx.world.grants.some(
        (g) =>
          g.cenId === cen.id &&
          g.cenOwnerUid === cen.ownerUid &&
          g.instanceId === child.id &&
          g.regionId === child.regionId &&
          g.instanceOwnerUid === ownerUid,
      );
      if (!granted) throw errors.notAuthorized();
    }
    // On a transit router of Enterprise Edition already (docs/reference/enterprise-edition.md §2 step 5).
    if (ctx.world.transit.vpcAttachments.some((a) => a.vpcId === child.id)) throw errors.alreadyAttached();
    const existing = ctx.world.attachments.find((a) => a.childId === child.id);
    if (existing) {
      if (existing.cenId === cen.id && attachmentStatus(existing, ctx.now) !== 'Attached')
        throw errors.childStatus();
      throw errors.alreadyAttached();
    }
    if (child.cidr) {
      // REDUCED: CIDR blocks may overlap but not be identical; FULL: no overlap at all
      // (docs/reference/cen-api.md §2 CreateCen).
      const mine = parseCidr(child.cidr);
      for (const a of ctx.world.attachments.filter((x) => x.cenId === cen.id && x.childType === 'VPC')) {
        const other = ctx.world.vpcs.find((v) => v.id === a.childId);
        const theirs = other && parseCidr(other.cidr);
        if (!mine || !theirs || !other) continue;
        const relation = compareCidrs(mine, theirs);
        if (relation === 'identical' || (cen.protectionLevel === 'FULL' && relation === 'overlapping'))
          throw errors.identicalCidr(`${other.id} (${other.cidr})`);
      }
    }
    ctx.world.attachments.push({
      cenId: cen.id,
      childId: child.id,
      childType: child.type,
      childRegionId: child.regionId,
      childOwnerUid: ownerUid,
      attachedAt: ctx.now,
      readyAt: ctx.now + ctx.delayMs,
    });
    return {};
  },

  DetachCenChildInstance(ctx, p) {
    const cen = activeCen(ctx, p.CenId);
    const a = findAttachment(ctx, cen.id, p);
    if (!a) throw errors.childNotFound();
    if (attachmentStatus(a, ctx.now) !== 'Attached') throw errors.childStatus();
    a.goneAt = ctx.now + ctx.delayMs;
    return {};
  },

  DescribeCenAttachedChildInstances(ctx, p) {
    const cen = ownCen(ctx, p.CenId);
    const region = p.ChildInstanceRegionId;
    const type = p.ChildInstanceType;
    const list = ctx.world.attachments.filter(
      (a) =>
        a.cenId === cen.id &&
        (region === undefined || a.childRegionId === region) &&
        (type === undefined || a.childType === type),
    );
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      ChildInstances: { ChildInstance: page.items.map((a) => childView(a, ctx.now)) },
    };
  },

  DescribeCenAttachedChildInstanceAttribute(ctx, p) {
    const cen = ownCen(ctx, p.CenId);
    const a = findAttachment(ctx, cen.id, p);
    if (!a) throw errors.attributeNotAttached();
    const vpc = a.childType === 'VPC' ? ctx.world.vpcs.find((v) => v.id === a.childId) : undefined;
    const vbr = a.childType === 'VBR' ? ctx.world.vbrs.find((v) => v.id === a.childId) : undefined;
    return {
      ...childView(a, ctx.now),
      ChildInstanceName: vpc?.name ?? vbr?.name ?? '',
      Ipv6StatusInCen: 'DISABLED',
      ChildInstanceAttributes: {
        CidrBlock: vpc?.cidr ?? '',
        Ipv6CidrBlock: '',
        SecondaryCidrBlocks: { SecondaryCidrBlock: [] },
        Ipv6CidrBlocks: { Ipv6CidrBlock: [] },
      },
    };
  },

  DescribeChildInstanceRegions(_ctx, p) {
    return regionList(p.AcceptLanguage, () => ({}));
  },

  DescribeGrantRulesToCen(ctx, p) {
    // The CEN owner's view of the grants made to its CEN (docs/reference/cen-api.md §2 step 2, GO-SDK-v2
    // shape).
    const cen = ownCen(ctx, p.CenId);
    const productType = p.ProductType;
    const childId = p.ChildInstanceId;
    const childOwner = p.ChildInstanceOwnerId;
    const region = p.RegionId;
    const list = ctx.world.grants.filter(
      (g) =>
        g.cenId === cen.id &&
        g.cenOwnerUid === cen.ownerUid &&
        g.instanceType === productType &&
        (childId === undefined || g.instanceId === childId) &&
        (childOwner === undefined || g.instanceOwnerUid === childOwner) &&
        (region === undefined || g.regionId === region),
    );
    const page = paginateCbnByToken(list, p);
    return {
      ...page.head,
      GrantRules: {
        GrantRule: page.items.map((g) => ({
          CenId: g.cenId,
          CenOwnerId: g.cenOwnerUid,
          ChildInstanceId: g.instanceId,
          ChildInstanceOwnerId: g.instanceOwnerUid,
          ChildInstanceRegionId: g.regionId,
          ChildInstanceType: g.instanceType,
          CreateTime: g.createdAt,
          OrderType: 'PayByCenOwner',
          EffectiveOrderType: 'PayByCenOwner',
        })),
      },
    };
  },
} satisfies HandlersOf<'Cbn'>;
