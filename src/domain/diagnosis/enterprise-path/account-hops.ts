// The Enterprise-Edition hops before any attachment: the two VPCs' CIDR blocks, each account's transit-router
// service, each region's router and B's grant of its VPC (docs/reference/enterprise-edition.md §2 steps 0, 2, 3).
import { compareCidrs, parseCidr } from '../../cidr';
import type { AccountName } from '../../accounts';
import { msg } from '../message-builder';
import { hopResult } from '../path/hop-result';
import type { Hop } from '../path/path-types';
import { createRouterFix, grantFix, openServiceFix, revokeGrantFix } from './enterprise-fix-calls';
import type { EnterprisePathInput } from './enterprise-path-types';
import { endOf, routerOf, vpcAttachmentOf } from './enterprise-reads';

/**
 * The two VPCs' CIDR blocks, by cidr.ts compareCidrs as in preflight (preflight/cidr-check.ts). Identical blocks
 * block: each VPC's own vSwitch routes cover the other's addresses, so nothing for the other VPC leaves its own.
 * Overlapping ones are a warning: the ping may pass between addresses outside the overlap, traffic to the overlap
 * cannot — the route hops name the 'local' route when the tested address is in it (vpc-route-hop.ts).
 */
export function cidrHop(input: EnterprisePathInput): Hop {
  const { a, b } = input;
  const result = hopResult('cidr-overlap', msg('ee.hop.cidr', { a: a.vpcId, b: b.vpcId }), 'A');
  const base = {
    kind: 'cidr' as const,
    a: { vpcId: a.vpcId, ...(a.vpcCidr.ok ? { cidr: a.vpcCidr.value } : {}) },
    b: { vpcId: b.vpcId, ...(b.vpcCidr.ok ? { cidr: b.vpcCidr.value } : {}) },
  };
  if (!a.vpcCidr.ok) return result.notInspected(base, a.vpcCidr.failure);
  if (!b.vpcCidr.ok) return result.inAccount('B').notInspected(base, b.vpcCidr.failure);
  const ca = parseCidr(a.vpcCidr.value);
  const cb = parseCidr(b.vpcCidr.value);
  const params = { a: a.vpcId, aCidr: a.vpcCidr.value, b: b.vpcId, bCidr: b.vpcCidr.value };
  if (!ca || !cb)
    return result(
      'unknown',
      msg('preflight.cidr.unparsed', { cidr: ca ? b.vpcCidr.value : a.vpcCidr.value }),
      base,
    );
  const relation = compareCidrs(ca, cb);
  const data = { ...base, relation };
  if (relation === 'disjoint') return result('pass', msg('ee.cidr.disjoint', params), data);
  const fix = { message: msg('path.route.overlap.fix') };
  if (relation === 'identical') return result('blocked', msg('ee.cidr.identical', params), data, fix);
  return result('warning', msg('ee.cidr.overlapping', params), data, fix);
}

/**
 * The account's transit-router service (§2 step 0): A's for its routers (Forbbiden.TransitRouterServiceNotOpen),
 * B's for the attachment of its VPC (Forbidden.ResourceOwnerTransitRouterServiceNotOpen).
 */
export function serviceHop(
  id: 'source-service' | 'target-service',
  input: EnterprisePathInput,
  account: AccountName,
): Hop {
  const result = hopResult(id, msg('ee.hop.service', { account }), account);
  const base = { kind: 'service' as const, account };
  const service = input.service[account];
  if (!service.ok) return result.notInspected(base, service.failure);
  const data = { ...base, enabled: service.value };
  if (service.value) return result('pass', msg('ee.service.on', { account }), data);
  const call = openServiceFix(input, account);
  return result('blocked', msg(account === 'A' ? 'ee.service.offA' : 'ee.service.offB', { account }), data, {
    message: msg('ee.service.open.fix', { account }),
    ...(call ? { call } : {}),
  });
}

/** The CEN's router in the end's region: Creating → Active (§2 step 2). */
export function routerHop(
  id: 'source-router' | 'target-router',
  input: EnterprisePathInput,
  side: AccountName,
): Hop {
  const regionId = endOf(input, side).regionId;
  const region = { region: regionId };
  // Routers are Account A's (the CEN owner's).
  const result = hopResult(id, msg('ee.hop.router', { region }), 'A');
  const base = { kind: 'router' as const, regionId };
  if (!input.routers.ok) return result.notInspected(base, input.routers.failure);
  const router = routerOf(input, regionId);
  if (!router) {
    const call = createRouterFix(input, side);
    return result('blocked', msg('ee.router.missing', { cen: input.cenId, region }), base, {
      message: msg('ee.router.missing.fix', { region }),
      ...(call ? { call } : {}),
    });
  }
  const params = { router: router.TransitRouterId, region, status: router.Status };
  const data = { ...base, routerId: router.TransitRouterId, status: router.Status, type: router.Type };
  if (router.Type === 'Basic')
    return result('blocked', msg('ee.router.basic', params), data, { message: msg('ee.router.basic.fix') });
  if (router.Status === 'Active') return result('pass', msg('ee.router.active', params), data);
  return result('blocked', msg('ee.router.notActive', params), data, {
    message: msg('ee.router.wait.fix', params),
  });
}

/**
 * B's grant of its VPC to this CEN naming Account A's UID as the CEN owner (§2 step 3). A grant to another owner does
 * not count and blocks a second grant: B revokes it first. Once B's VPC is attached, the grant was accepted (the
 * cloud refuses a revoke while it is, §2 "Teardown").
 */
export function grantHop(input: EnterprisePathInput): Hop {
  const b = endOf(input, 'B');
  const result = hopResult('grant', msg('ee.hop.grant', { vpc: b.vpcId, cen: input.cenId }), 'B');
  const uidA = input.uids.A;
  const rules = input.grants.ok
    ? input.grants.value.map((g) => ({
        cenId: g.CenId,
        cenOwnerId: String(g.CenOwnerId),
        ...(g.OrderType ? { orderType: g.OrderType } : {}),
      }))
    : [];
  const base = {
    kind: 'grant' as const,
    vpcId: b.vpcId,
    cenId: input.cenId,
    ...(uidA ? { cenOwnerUid: uidA } : {}),
    rules,
  };
  const params = { vpc: b.vpcId, cen: input.cenId, uid: uidA ?? '?' };
  const mine = rules.filter((r) => r.cenId === input.cenId);
  const good = mine.find((r) => r.cenOwnerId === uidA);
  if (good) return result('pass', msg('ee.grant.ok', { ...params, orderType: good.orderType ?? '—' }), base);
  const attachment = vpcAttachmentOf(input, b.vpcId);
  if (attachment) return result('pass', msg('ee.grant.attached', params), { ...base, attached: true });
  if (!input.grants.ok) return result.notInspected(base, input.grants.failure);
  if (!uidA)
    return result('unknown', msg('ee.grant.uidUnknown', params), base, {
      message: msg('ee.grant.uidUnknown.fix'),
    });
  const wrong = mine[0];
  if (wrong) {
    const call = revokeGrantFix(input, wrong.cenOwnerId);
    return result('blocked', msg('ee.grant.wrongOwner', { ...params, wrong: wrong.cenOwnerId }), base, {
      message: msg('ee.grant.wrongOwner.fix', params),
      ...(call ? { call } : {}),
    });
  }
  const call = grantFix(input);
  return result('blocked', msg('ee.grant.missing', params), base, {
    message: call
      ? msg('ee.grant.missing.fix', { ...params, orderType: input.choices.orderType ?? '' })
      : msg('ee.grant.chooseOrder.fix', params),
    ...(call ? { call } : {}),
  });
}
