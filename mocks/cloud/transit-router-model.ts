// The Enterprise-Edition part of the simulator's state (docs/reference/enterprise-edition.md §2): which accounts
// turned the transit-router service on, the routers with their System route tables, the grants to routers, the
// VPC and peer attachments and their associations and propagations. Statuses are derived from the timestamps and
// the clock (transit-router-lifecycle.ts), like the Basic-Edition records of model.ts.

export interface TransitRouter {
  id: string;
  cenId: string;
  /** The CEN owner: routers belong to the CEN's account. */
  ownerUid: string;
  regionId: string;
  name: string;
  description: string;
  supportMulticast: boolean;
  tags: { Key: string; Value?: string | undefined }[];
  createdAt: number;
  /** Creating until then. */
  readyAt: number;
  /** Set by DeleteTransitRouter: Deleting until then, then gone with its route tables. */
  goneAt?: number;
}

export interface TrRouteTable {
  id: string;
  routerId: string;
  type: 'System';
  createdAt: number;
}

export type TrGrantInstanceType = 'VPC' | 'ExpressConnect' | 'VPN' | 'ECR';
export type OrderType = 'PayByCenOwner' | 'PayByResourceOwner';

/** GrantInstanceToTransitRouter, made by the instance's owner (B); synchronous (§2 step 3). */
export interface TrGrant {
  cenId: string;
  cenOwnerUid: string;
  instanceId: string;
  instanceType: TrGrantInstanceType;
  instanceOwnerUid: string;
  regionId: string;
  orderType: OrderType;
  createdAt: number;
}

export interface TrZoneMapping {
  zoneId: string;
  vSwitchId: string;
  networkInterfaceId: string;
}

export interface TrVpcAttachment {
  id: string;
  routerId: string;
  cenId: string;
  /** The CEN owner, who made the call. */
  ownerUid: string;
  vpcId: string;
  vpcOwnerUid: string;
  regionId: string;
  zoneMappings: TrZoneMapping[];
  name: string;
  description: string;
  autoPublishRouteEnabled: boolean;
  chargeType: 'POSTPAY' | 'PREPAY';
  orderType: OrderType;
  createdAt: number;
  /** Attaching until then. */
  readyAt: number;
  /** Set by DeleteTransitRouterVpcAttachment: Detaching until then, then gone. */
  goneAt?: number;
}

export interface TrPeerAttachment {
  id: string;
  routerId: string;
  peerRouterId: string;
  cenId: string;
  ownerUid: string;
  regionId: string;
  peerRegionId: string;
  bandwidthType: 'BandwidthPackage' | 'DataTransfer';
  bandwidth: number;
  packageId?: string;
  defaultLinkType: 'Gold' | 'Platinum';
  name: string;
  description: string;
  autoPublishRouteEnabled: boolean;
  createdAt: number;
  readyAt: number;
  goneAt?: number;
}

/** An association (one attachment, one route table) or a propagation: Associating/Enabling until readyAt. */
export interface TrTableLink {
  attachmentId: string;
  routeTableId: string;
  createdAt: number;
  readyAt: number;
  /** Dissociating/Disabling until then, then gone. */
  goneAt?: number;
}

/** A VPC route towards a VPC attachment (Vpc CreateRouteEntry, NextHopType=Attachment; §2 step 10 b). */
export interface VpcAttachmentRoute {
  id: string;
  routeTableId: string;
  vpcId: string;
  ownerUid: string;
  regionId: string;
  destination: string;
  attachmentId: string;
  name: string;
  description: string;
  createdAt: number;
  /** Pending until then, then Available. */
  readyAt: number;
  goneAt?: number;
}

export interface TransitWorld {
  /** UIDs of the accounts that opened the transit-router service; it cannot be closed again (§2 step 0). */
  serviceOpen: string[];
  /**
   * UIDs of accounts that can no longer use Basic Edition (a scenario knob: Alibaba no longer sells Basic-Edition
   * routers to new accounts, docs/reference/cen-api.md §8.8). Empty by default, so every Basic call works.
   */
  basicRefused: string[];
  routers: TransitRouter[];
  routeTables: TrRouteTable[];
  grants: TrGrant[];
  vpcAttachments: TrVpcAttachment[];
  peerAttachments: TrPeerAttachment[];
  associations: TrTableLink[];
  propagations: TrTableLink[];
  vpcRoutes: VpcAttachmentRoute[];
}

export function emptyTransit(): TransitWorld {
  return {
    serviceOpen: [],
    basicRefused: [],
    routers: [],
    routeTables: [],
    grants: [],
    vpcAttachments: [],
    peerAttachments: [],
    associations: [],
    propagations: [],
    vpcRoutes: [],
  };
}
