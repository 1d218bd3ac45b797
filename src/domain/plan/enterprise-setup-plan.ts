// The same two-account, two-region journey on Enterprise Edition transit routers, as the ordered OpenAPI calls
// of docs/reference/enterprise-edition.md §2 (A owns the CEN, B the second VPC; R1 = A's VPC region, R2 = B's):
//   1  A, B  Cbn.CheckTransitRouterService → Cbn.OpenTransitRouterService (only where off, once confirmed)
//      A     Cbn.CreateCen; Cbn.CreateTransitRouter in R1 and in R2
//   2  B     Cbn.GrantInstanceToTransitRouter (its VPC to A's CEN, OrderType: who pays)
//   3  A     Cbn.CreateTransitRouterVpcAttachment for A's VPC and B's (VpcOwnerId, ZoneMappings), each then
//            Cbn.AssociateTransitRouterAttachmentWithRouteTable + Cbn.EnableTransitRouterRouteTablePropagation
//   4  A     (BandwidthPackage only) Cbn.CreateCenBandwidthPackage → Cbn.AssociateCenBandwidthPackage
//   5  A     Cbn.CreateTransitRouterPeerAttachment R1 → R2, associated and propagated on both routers;
//      A, B  Vpc.CreateRouteEntry in each VPC: the other side's CIDR → its own attachment (NextHopType=Attachment)
//   6  —     the ping (no OpenAPI call; the diagnosis covers it)
// The calls are enterprise-setup-calls.ts's (and setup-calls.ts's for the CEN and the plan); this file decides,
// from what the cloud shows, which are done, waiting, pending or blocked, and what each needs first.
import { propagateBlocked } from './call-builder';
import {
  attachVpcCall,
  checkServiceCall,
  createPeerCall,
  createRouterCall,
  ENTERPRISE_CALL_ID as ID,
  grantToRouterCall,
  openServiceCall,
  other,
  routeCall,
  routerTableCall,
  tableLinkCall,
} from './enterprise-setup-calls';
import {
  SIDES,
  type EnterpriseSetupInput,
  type RouterInput,
  type Side,
  type VpcSide,
} from './enterprise-setup-input';
import type { TableLink } from './enterprise-waits';
import type { Plan, PlannedCall, PlanWarning } from './plan-types';
import type { CallState } from './setup-calls';
import { associatePackageCall, createCenCall, createPackageCall, packageTerm } from './setup-calls';

const blocked = (reason: string): CallState => ({ status: 'blocked', reason });

/** A settled status is done, a changing one waits, a status on the way out blocks (it must be gone first). */
function fromStatus(
  status: string | undefined,
  settled: string,
  leaving: readonly string[],
  what: string,
): CallState | undefined {
  if (status === undefined) return undefined;
  if (status === settled) return { status: 'done' };
  if (leaving.includes(status)) return blocked(`${what} is ${status}; create it again once it is gone.`);
  return { status: 'waiting' };
}

/** Stands in for a VPC not chosen yet, so the preview still lists that side's calls (blocked). */
const NOT_CHOSEN: VpcSide = {
  vpcId: '(not chosen)',
  regionId: '(not chosen)',
  zones: [],
  router: {},
  attachment: {},
};

export function planEnterpriseSetup(input: EnterpriseSetupInput): Plan {
  const { accounts, clientTokens, cen } = input;
  const calls: PlannedCall[] = [];
  const warnings: PlanWarning[] = [];
  const side = (s: Side): VpcSide => input.vpcs[s] ?? NOT_CHOSEN;
  const chooseVpc = (s: Side) =>
    input.vpcs[s] ? undefined : `Choose Account ${s}'s VPC in step ${s === 'A' ? 1 : 2}.`;
  const sameRegion = input.vpcs.A && input.vpcs.B && input.vpcs.A.regionId === input.vpcs.B.regionId;

  // ── Step 1 (A and B): the transit-router service, on for good once opened ──
  for (const account of SIDES) {
    const service = accounts[account].service;
    calls.push(checkServiceCall(account, { status: service ? 'done' : 'pending' }));
    const open: CallState =
      service === 'on'
        ? { status: 'done' }
        : service === 'off' && !accounts[account].openConfirmed
          ? blocked(
              `Account ${account}'s transit-router service is off: confirm in step 1 that it may be opened (free, and it cannot be undone).`,
            )
          : { status: 'pending' };
    calls.push(openServiceCall(account, clientTokens, { ...open, dependsOn: [ID.check(account)] }));
    if (service !== 'on')
      warnings.push({
        code: 'service-open-irreversible',
        message: `Opening the transit-router service in Account ${account} is free but cannot be undone (docs: https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-opentransitrouterservice).`,
      });
  }

  // ── Step 1 (A): the CEN, and a router in each side's region ──
  calls.push(
    createCenCall(
      cen,
      clientTokens,
      cen.id
        ? { status: cen.status === 'Active' ? 'done' : 'waiting' }
        : cen.name
          ? { status: 'pending' }
          : blocked('Enter the CEN name in step 1.'),
    ),
  );
  for (const s of SIDES) {
    const v = side(s);
    const state =
      (chooseVpc(s) && blocked(chooseVpc(s)!)) ||
      (s === 'B' && sameRegion
        ? blocked(`Both VPCs are in ${v.regionId}: this journey connects two regions, one router each.`)
        : undefined) ||
      routerState(v.router, v.regionId) ||
      ({ status: 'pending' } as const);
    calls.push(
      createRouterCall(s, v, cen.id, clientTokens, { ...state, dependsOn: ['create-cen', ID.open('A')] }),
    );
    calls.push(
      routerTableCall(s, v, {
        status: v.router.routeTableId ? 'done' : 'pending',
        dependsOn: [ID.router(s)],
      }),
    );
  }

  // ── Step 2 (B): grant B's VPC to A's CEN (a wrong CenOwnerId does not count, and blocks a second grant) ──
  const b = side('B');
  const rules = input.grant.rules.filter((r) => r.cenId === cen.id);
  const granted = rules.some((r) => r.cenOwnerId === accounts.A.uid);
  const wrongOwner = !granted ? rules[0] : undefined;
  const grantState: CallState =
    granted || b.attachment.id
      ? { status: 'done' }
      : (chooseVpc('B') && blocked(chooseVpc('B')!)) ||
        (wrongOwner
          ? blocked(
              `${b.vpcId} is granted to ${cen.id} with CEN owner UID ${wrongOwner.cenOwnerId}, not Account A's: Account B revokes that grant (RevokeInstanceFromTransitRouter) first.`,
            )
          : !accounts.A.uid
            ? blocked("Account A's UID is unknown.")
            : !input.grant.orderType
              ? blocked('Choose who pays for the connection of B’s VPC in step 2.')
              : { status: 'pending' });
  calls.push(
    grantToRouterCall(b, cen.id, accounts.A.uid, input.grant.orderType, {
      ...grantState,
      dependsOn: ['create-cen'],
    }),
  );

  // ── Step 3 (A): attach each VPC to its region's router; associate and propagate on its System table ──
  const autoPublish = input.routes === 'AutoPublish';
  for (const s of SIDES) {
    const v = side(s);
    const a = v.attachment;
    const state =
      (chooseVpc(s) && blocked(chooseVpc(s)!)) ||
      fromStatus(
        a.id ? (a.status ?? 'Attaching') : undefined,
        'Attached',
        ['Detaching'],
        `${v.vpcId}'s attachment`,
      ) ||
      (v.zones.length === 0
        ? blocked(`Choose the zones and vSwitches of ${v.vpcId} in step 3.`)
        : undefined) ||
      (s === 'B' && !accounts.B.uid ? blocked("Account B's UID is unknown.") : undefined) ||
      ({ status: 'pending' } as const);
    const dependsOn = [ID.router(s), ...(s === 'B' ? [ID.grant, ID.open('B')] : [])];
    calls.push(
      attachVpcCall(s, v, cen.id, accounts.B.uid, autoPublish, clientTokens, { ...state, dependsOn }),
    );
    for (const link of ['association', 'propagation'] as const)
      calls.push(
        tableLinkCall(link, s, s, input, {
          ...linkState(link, a[link]),
          dependsOn: [ID.attach(s), ID.routerTable(s)],
        }),
      );
  }

  // ── Step 4 (A): the bandwidth plan, only when the connection is paid out of one ──
  const payment = input.payment;
  const pkg = payment?.type === 'BandwidthPackage' ? payment.package : undefined;
  if (pkg) {
    const { periodUnknown } = packageTerm(pkg);
    const ready = pkg.status === 'Idle' || pkg.status === 'InUse';
    calls.push(
      createPackageCall(
        pkg,
        clientTokens,
        pkg.id
          ? { status: ready ? 'done' : 'waiting' }
          : periodUnknown
            ? blocked('Choose the purchase period in step 4.')
            : { status: 'pending' },
      ),
    );
    const cenIds = pkg.cenIds ?? [];
    const inUseBy = cenIds.find((id) => id !== cen.id);
    calls.push(
      associatePackageCall(cen.id, pkg.id, {
        dependsOn: ['create-cen', 'create-package'],
        ...(cen.id && cenIds.includes(cen.id)
          ? { status: pkg.status === 'InUse' ? ('done' as const) : ('waiting' as const) }
          : inUseBy
            ? blocked(`The package is already in use by ${inUseBy}.`)
            : { status: 'pending' as const }),
      }),
    );
  }

  // ── Step 5 (A): the peer attachment between the two routers, then its links on both System tables ──
  const peer = input.peer;
  const peerState =
    fromStatus(
      peer.id ? (peer.status ?? 'Attaching') : undefined,
      'Attached',
      ['Detaching', 'Detached'],
      'The peer attachment',
    ) ||
    (!payment ? blocked('Choose how the connection between the regions is paid in step 4.') : undefined) ||
    (payment && !(payment.bandwidth >= 1)
      ? blocked('The connection needs a bandwidth of at least 1 Mbps.')
      : undefined) ||
    ({ status: 'pending' } as const);
  calls.push(
    createPeerCall(input, payment, {
      ...peerState,
      dependsOn: [ID.router('A'), ID.router('B'), ...(pkg ? ['associate-package'] : [])],
    }),
  );
  for (const s of SIDES)
    for (const link of ['association', 'propagation'] as const)
      calls.push(
        tableLinkCall(link, 'peer', s, input, {
          ...linkState(link, peer[link][s]),
          dependsOn: [ID.peer, ID.routerTable(s)],
        }),
      );

  // ── Step 5 (each VPC's owner): the other side's CIDR → its own attachment ──
  if (autoPublish)
    warnings.push({
      code: 'auto-publish-unconfirmed',
      message:
        "The routers publish their routes into the VPCs (AutoPublishRouteEnabled) instead of route entries: whether Account A may turn this on for Account B's VPC is not documented (docs/reference/enterprise-edition.md §4 item 6).",
    });
  else
    for (const s of SIDES) {
      const v = side(s);
      const destination = input.vpcs[other(s)]?.cidrBlock;
      const route = v.route;
      const state =
        (chooseVpc(s) && blocked(chooseVpc(s)!)) ||
        fromStatus(route?.status, 'Available', ['Deleting'], `The route in ${v.vpcId}`) ||
        (!destination ? blocked(`The CIDR block of Account ${other(s)}'s VPC is unknown.`) : undefined) ||
        (!v.routeTableId
          ? blocked(`The route table of ${v.vpcId} is not listed yet (DescribeRouteTableList).`)
          : undefined) ||
        ({ status: 'pending' } as const);
      calls.push(routeCall(s, v, destination, clientTokens, { ...state, dependsOn: [ID.attach(s)] }));
    }

  return {
    kind: 'setup',
    edition: 'Enterprise',
    calls: propagateBlocked(calls),
    warnings,
    known: {
      ...(cen.id ? { cenId: cen.id } : {}),
      ...(pkg?.id ? { bandwidthPackageId: pkg.id } : {}),
      ...known(input),
    },
    accounts: { A: { uid: accounts.A.uid }, B: { uid: accounts.B.uid } },
  };
}

function routerState(router: RouterInput, regionId: string): CallState | undefined {
  if (router.type === 'Basic')
    return blocked(
      `The CEN's router in ${regionId} is a Basic Edition one: Enterprise calls on it are refused (OperationUnsupported.TransitRouterType); use the Basic Edition journey for this CEN.`,
    );
  return fromStatus(
    router.id ? (router.status ?? 'Creating') : undefined,
    'Active',
    ['Deleting'],
    `The router in ${regionId}`,
  );
}

/** A link to a router's System table, by its status as listed. */
function linkState(link: TableLink, status: string | undefined): CallState {
  const leaving = link === 'association' ? 'Dissociating' : 'Disabling';
  return fromStatus(status, 'Active', [leaving], `The ${link}`) ?? { status: 'pending' };
}

function known(input: EnterpriseSetupInput): Plan['known'] {
  const out: Plan['known'] = {};
  const { A, B } = input.vpcs;
  if (A?.router.id) out.transitRouterIdA = A.router.id;
  if (B?.router.id) out.transitRouterIdB = B.router.id;
  if (A?.router.routeTableId) out.trRouteTableIdA = A.router.routeTableId;
  if (B?.router.routeTableId) out.trRouteTableIdB = B.router.routeTableId;
  if (A?.attachment.id) out.vpcAttachmentIdA = A.attachment.id;
  if (B?.attachment.id) out.vpcAttachmentIdB = B.attachment.id;
  if (input.peer.id) out.peerAttachmentId = input.peer.id;
  return out;
}
