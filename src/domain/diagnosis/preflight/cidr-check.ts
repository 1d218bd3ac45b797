// Preflight's CIDR check: every network to attach against every other one and against those already in the CEN.
// No peer console checks overlap before the attach; Alibaba reports the conflicts only afterwards, in the CEN's
// learned routes — this check says it before anything is written.
import { compareCidrs, parseCidr, type CidrRelation } from '../../cidr';
import type { VpcItem } from '../../openapi/response-items';
import { msg } from '../message-builder';
import { checkResult, failuresOf } from './check-result';
import type { NetworkRef, PreflightInput, PreflightItem } from './preflight-types';

const RELATION_ORDER: CidrRelation[] = ['identical', 'overlapping', 'disjoint'];

export function cidrBlocksOf(vpc: Pick<VpcItem, 'CidrBlock' | 'SecondaryCidrBlocks'>): string[] {
  return [vpc.CidrBlock, ...(vpc.SecondaryCidrBlocks?.SecondaryCidrBlock ?? [])];
}

function cidrItem(
  x: NetworkRef,
  y: NetworkRef,
  alreadyInCen: boolean,
  protectionLevel: string,
): PreflightItem {
  const result = checkResult(
    'cidr',
    `cidr:${x.vpcId}:${y.vpcId}`,
    msg('preflight.cidr.title', { a: x.vpcId, b: y.vpcId }),
  );
  const base = {
    check: 'cidr' as const,
    a: { vpcId: x.vpcId, account: x.account, ...(x.cidrBlocks.ok ? { cidrBlocks: x.cidrBlocks.value } : {}) },
    b: {
      vpcId: y.vpcId,
      account: y.account,
      alreadyInCen,
      ...(y.cidrBlocks.ok ? { cidrBlocks: y.cidrBlocks.value } : {}),
    },
    collisions: [],
    protectionLevel,
  };
  if (!x.cidrBlocks.ok || !y.cidrBlocks.ok)
    return result.notInspected(base, failuresOf(x.cidrBlocks, y.cidrBlocks));
  // A block we cannot parse could collide with anything: unknown, not a silent pass.
  const unparsed = [...x.cidrBlocks.value, ...y.cidrBlocks.value].find((c) => parseCidr(c) === null);
  if (unparsed !== undefined)
    return result('unknown', msg('preflight.cidr.unparsed', { cidr: unparsed || '""' }), base);
  const collisions: { a: string; b: string; relation: CidrRelation }[] = [];
  for (const a of x.cidrBlocks.value)
    for (const b of y.cidrBlocks.value) {
      const ca = parseCidr(a);
      const cb = parseCidr(b);
      if (!ca || !cb) continue;
      const relation = compareCidrs(ca, cb);
      if (relation !== 'disjoint') collisions.push({ a, b, relation });
    }
  collisions.sort((p, q) => RELATION_ORDER.indexOf(p.relation) - RELATION_ORDER.indexOf(q.relation));
  const worst = collisions[0];
  const relation: CidrRelation = worst?.relation ?? 'disjoint';
  const data = { ...base, relation, collisions };
  const params = {
    a: x.vpcId,
    aCidr: worst?.a ?? x.cidrBlocks.value.join(', '),
    b: y.vpcId,
    bCidr: worst?.b ?? y.cidrBlocks.value.join(', '),
  };
  if (relation === 'identical')
    // Under ProtectionLevel REDUCED "CIDR blocks may overlap but not be identical" (docs/reference/cen-api.md
    // §2 step 1): the attach is refused.
    return result('blocking', msg('preflight.cidr.identical', { ...params, level: protectionLevel }), data, {
      message: msg('preflight.cidr.identical.fix', { b: y.vpcId, cidr: params.bCidr }),
    });
  if (relation === 'overlapping')
    // Allowed under REDUCED, but the CEN rejects the conflicting learned routes after the attach (route entries
    // with Conflicts, docs/reference/cen-api.md §2 step 5).
    return result('warning', msg('preflight.cidr.overlapping', params), data, {
      message: msg('preflight.cidr.overlapping.fix', params),
    });
  return result('pass', msg('preflight.cidr.disjoint', params), data);
}

export function cidrItems(input: PreflightInput, level: string): PreflightItem[] {
  const items: PreflightItem[] = [];
  const list = input.toAttach;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) items.push(cidrItem(list[i]!, list[j]!, false, level));
  if (!input.inCen.ok) {
    const result = checkResult(
      'cidr',
      'cidr:in-cen',
      msg('preflight.cidr.inCen.title', { cen: input.cen.cenId }),
    );
    const data = {
      check: 'cidr' as const,
      a: { vpcId: list.map((n) => n.vpcId).join(','), account: list[0]?.account ?? 'A' },
      b: { vpcId: '*', alreadyInCen: true },
      collisions: [],
      protectionLevel: level,
    };
    items.push(result.notInspected(data, [input.inCen.failure]));
    return items;
  }
  for (const x of list)
    for (const y of input.inCen.value) if (y.vpcId !== x.vpcId) items.push(cidrItem(x, y, true, level));
  return items;
}
