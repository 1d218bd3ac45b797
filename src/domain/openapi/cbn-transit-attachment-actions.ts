// Cbn (CEN, API version 2017-09-12), Enterprise Edition: what a transit router connects — VPCs, of either account
// (docs/reference/enterprise-edition.md §2 step 5), and the other region's router (§2 step 8). Routers, grants and
// route tables: cbn-transit-router-actions.ts.
import { z } from 'zod';
import { clientToken, defineActions, ok, read, requestId, write } from './action-define';
import { dryRun, tokenPage, tokenPaged, trNameSchema } from './cbn-transit-router-actions';
import { description, id, keyword, regionId } from './param-limits';
import { tagsSchema, uidOut, uidSchema, wireBool, wireInt } from './wire-values';

const zoneMapping = z.looseObject({
  ZoneId: z.string(),
  VSwitchId: z.string(),
  NetworkInterfaceId: z.string().optional(),
});

/** What a VPC attachment and a peer attachment both answer with: their ID, names, router and state. */
const attachment = z.looseObject({
  TransitRouterAttachmentId: z.string(),
  TransitRouterAttachmentName: z.string().optional(),
  TransitRouterAttachmentDescription: z.string().optional(),
  TransitRouterId: z.string(),
  CenId: z.string().optional(),
  /** Attaching → Attached; Detaching on delete (docs/reference/enterprise-edition.md §2 step 5); a peer also Detached (§2 step 8). */
  Status: z.string(),
});

const vpcAttachment = attachment.extend({
  VpcId: z.string(),
  VpcOwnerId: uidOut,
  VpcRegionId: z.string(),
  ResourceType: z.string().optional(),
  OrderType: z.string().optional(),
  ChargeType: z.string().optional(),
  AutoPublishRouteEnabled: z.boolean().optional(),
  ZoneMappings: z.array(zoneMapping),
  CreationTime: z.string().optional(),
});

const peerAttachment = attachment.extend({
  /** Mbit/s: the share of the plan, or the cap under DataTransfer. */
  Bandwidth: z.number().optional(),
  BandwidthType: z.string().optional(),
  CenBandwidthPackageId: z.string().optional(),
  GeographicSpanId: z.string().optional(),
  PeerTransitRouterId: z.string(),
  PeerTransitRouterRegionId: z.string(),
  PeerTransitRouterOwnerId: uidOut.optional(),
  DefaultLinkType: z.string().optional(),
  AutoPublishRouteEnabled: z.boolean().optional(),
  ResourceType: z.string().optional(),
  CreationTime: z.string().optional(),
});

/** Where an attachment goes: TransitRouterId, or CenId + RegionId (§2 step 5, MissingParam.CenIdOrRegionId). */
const routerChoice = {
  TransitRouterId: id().optional(),
  CenId: id().optional(),
  RegionId: regionId().optional(),
};

const attachmentNaming = {
  TransitRouterAttachmentName: trNameSchema.optional(),
  TransitRouterAttachmentDescription: description().optional(),
  AutoPublishRouteEnabled: wireBool.optional(),
  Tag: tagsSchema,
};

const attachmentList = {
  ...routerChoice,
  TransitRouterAttachmentId: id().optional(),
  ...tokenPage,
};

const deleteAttachment = z.object({
  TransitRouterAttachmentId: id(),
  /** Also removes the attachment's associations, propagations and routes (TF force_delete, §2 teardown). */
  Force: wireBool.optional(),
  ...dryRun,
  ...clientToken,
});

export const CBN_TRANSIT_ATTACHMENT_ACTIONS = defineActions('Cbn', {
  // ── Step 5: a VPC of A or of B on the router of its region ─────────────────────────────────────────
  CreateTransitRouterVpcAttachment: write({
    params: z.object({
      ...routerChoice,
      VpcId: id(),
      /** B's UID when the VPC is another account's (§2 step 5). */
      VpcOwnerId: uidSchema.optional(),
      ZoneMappings: z
        .array(z.object({ ZoneId: keyword(), VSwitchId: id() }))
        .min(1)
        .max(10),
      ChargeType: z.enum(['POSTPAY', 'PREPAY']).optional(),
      ...attachmentNaming,
      ...dryRun,
      ...clientToken,
    }),
    response: z.looseObject({ ...requestId, TransitRouterAttachmentId: z.string() }),
  }),
  ListTransitRouterVpcAttachments: read({
    params: z.object({ ...attachmentList, VpcId: id().optional() }),
    response: z.looseObject({ ...tokenPaged, TransitRouterAttachments: z.array(vpcAttachment) }),
  }),
  DeleteTransitRouterVpcAttachment: write({ params: deleteAttachment, response: ok }),
  // ── Step 8: the inter-region connection, R1's router to R2's ───────────────────────────────────────
  CreateTransitRouterPeerAttachment: write({
    params: z.object({
      ...routerChoice,
      PeerTransitRouterId: id(),
      PeerTransitRouterRegionId: regionId().optional(),
      BandwidthType: z.enum(['BandwidthPackage', 'DataTransfer']).optional(),
      Bandwidth: wireInt(0, 100_000).optional(),
      CenBandwidthPackageId: id().optional(),
      DefaultLinkType: z.enum(['Gold', 'Platinum']).optional(),
      ...attachmentNaming,
      ...dryRun,
      ...clientToken,
    }),
    // A passing DryRun answers only a RequestId here (§2 step 8).
    response: z.looseObject({ ...requestId, TransitRouterAttachmentId: z.string().optional() }),
  }),
  ListTransitRouterPeerAttachments: read({
    params: z.object(attachmentList),
    response: z.looseObject({ ...tokenPaged, TransitRouterAttachments: z.array(peerAttachment) }),
  }),
  DeleteTransitRouterPeerAttachment: write({ params: deleteAttachment, response: ok }),
});
