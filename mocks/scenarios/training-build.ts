// Builds a training scenario's starting state: the base seed (TS, scenarios/catalogue.ts), then each declarative
// change in order. Changes that an account could make go through cloud.call(), like a seed's tutorial steps, so
// the state is what the API would have produced; only what the API cannot do (re-address a VPC, add a VPC with an
// instance, edit a rule in place) touches the world directly, with the seed helpers.
import type { MockCloud } from '../cloud/mock-cloud';
import { loadScenario } from './catalogue';
import { TUTORIAL } from './demo';
import { addInstance, addSecurityGroup, addVpc, as, settled } from './seed';
import type { ScenarioChange, TrainingScenario } from './training-schema';
import { cidrContainsIp, parseCidr } from '../../src/domain/cidr';
import { findRegion } from '../../src/domain/regions';
import type { Product } from '../../src/domain/openapi/products';

/** A change that cannot be applied to its seed; path is the field at fault ("start.changes[2].vpc"). */
export class ScenarioBuildError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export type Refs = (kind: string, name: string) => string | undefined;

/** The transit router of the tutorial's CEN in a region (else any live router of A's there). */
function routerIn(cloud: MockCloud, regionId: string) {
  const w = cloud.world;
  const live = w.transit.routers.filter(
    (r) => r.regionId === regionId && r.goneAt === undefined && r.ownerUid === cloud.account('A')?.uid,
  );
  const tutorialCen = w.cens.find((c) => c.name === TUTORIAL.cenName && c.goneAt === undefined);
  return live.find((r) => r.cenId === tutorialCen?.id) ?? live[0];
}

/** ${kind:Name} → the ID of that resource in this cloud (or the UID of that account). */
export function refsOf(cloud: MockCloud): Refs {
  return (kind, name) => {
    const w = cloud.world;
    const t = w.transit;
    switch (kind) {
      case 'vsw':
        return w.vSwitches.find((s) => s.name === name)?.id;
      case 'routeTable':
        return w.vpcs.find((v) => v.name === name)?.routeTableId;
      case 'tr':
        return routerIn(cloud, name)?.id;
      case 'trTable': {
        const router = routerIn(cloud, name);
        return router && t.routeTables.find((rt) => rt.routerId === router.id)?.id;
      }
      case 'trAttachment': {
        const vpc = w.vpcs.find((v) => v.name === name);
        return vpc && t.vpcAttachments.find((a) => a.vpcId === vpc.id && a.goneAt === undefined)?.id;
      }
      case 'peerAttachment': {
        const router = routerIn(cloud, name);
        return (
          router &&
          t.peerAttachments.find(
            (p) => (p.routerId === router.id || p.peerRouterId === router.id) && p.goneAt === undefined,
          )?.id
        );
      }
      case 'cen':
        return w.cens.find((c) => c.name === name && c.goneAt === undefined)?.id;
      case 'vpc':
        return w.vpcs.find((v) => v.name === name)?.id;
      case 'sg':
        return w.securityGroups.find((g) => g.name === name)?.id;
      case 'instance':
        return w.instances.find((i) => i.name === name)?.id;
      case 'package':
        return w.packages.find((p) => p.name === name)?.id;
      case 'uid':
        return cloud.account(name)?.uid;
      default:
        return undefined;
    }
  };
}

/** Replaces ${kind:Name} in every string of a parameter tree; an unknown reference is a build error. */
export function resolveRefs(value: unknown, refs: Refs, path: string): unknown {
  if (typeof value === 'string')
    return value.replace(/\$\{(\w+):([^}]+)\}/g, (_m, kind: string, name: string) => {
      const id = refs(kind, name);
      if (id === undefined) throw new ScenarioBuildError(path, `no ${kind} named "${name}"`);
      return id;
    });
  if (Array.isArray(value)) return value.map((v, i) => resolveRefs(v, refs, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, resolveRefs(v, refs, `${path}.${k}`)]),
    );
  return value;
}

function callAs(cloud: MockCloud, path: string, account: string, qualified: string, params: unknown) {
  const [product, action] = qualified.split('.') as [Product, string];
  try {
    return as(cloud, account, product, action, params as Record<string, unknown>);
  } catch (e) {
    throw new ScenarioBuildError(path, (e as Error).message);
  }
}

function applyChange(cloud: MockCloud, change: ScenarioChange, path: string): void {
  const w = cloud.world;
  const refs = refsOf(cloud);
  const vpcNamed = (name: string, field: string) => {
    const vpc = w.vpcs.find((v) => v.name === name);
    if (!vpc) throw new ScenarioBuildError(`${path}.${field}`, `no VPC named "${name}" in this seed`);
    return vpc;
  };
  switch (change.kind) {
    case 'fault':
      cloud.faults.add(change.rule);
      return;
    case 'delay':
      return; // applied after the settled build (buildTraining), so the seed's own statuses stay final
    case 'grant': {
      const vpc = vpcNamed(change.vpc, 'vpc');
      const owner = w.accounts.find((a) => a.uid === vpc.ownerUid);
      const cenId = change.cen.startsWith('cen-') ? change.cen : refs('cen', change.cen);
      if (!cenId) throw new ScenarioBuildError(`${path}.cen`, `no CEN named "${change.cen}" in this seed`);
      const cenOwner = /^\d{16}$/.test(change.cenOwner) ? change.cenOwner : refs('uid', change.cenOwner);
      callAs(cloud, path, owner?.name ?? vpc.ownerUid, 'Vpc.GrantInstanceToCen', {
        RegionId: vpc.regionId,
        InstanceId: vpc.id,
        InstanceType: 'VPC',
        CenId: cenId,
        CenOwnerId: cenOwner,
      });
      return;
    }
    case 'cidr': {
      const vpc = vpcNamed(change.vpc, 'vpc');
      vpc.cidr = change.cidr;
      const switches = w.vSwitches.filter((s) => s.vpcId === vpc.id);
      change.vSwitches?.forEach((c, i) => {
        const s = switches[i];
        if (!s)
          throw new ScenarioBuildError(`${path}.vSwitches[${i}]`, `${vpc.name} has only ${switches.length}`);
        s.cidr = c;
      });
      for (const [name, ip] of Object.entries(change.instanceIps ?? {})) {
        const inst = w.instances.find((i) => i.name === name && i.vpcId === vpc.id);
        if (!inst)
          throw new ScenarioBuildError(`${path}.instanceIps.${name}`, `no instance "${name}" in ${vpc.name}`);
        const vsw = w.vSwitches.find((s) => s.id === inst.vSwitchId);
        const block = vsw && parseCidr(vsw.cidr);
        if (!block || !cidrContainsIp(block, ip))
          throw new ScenarioBuildError(`${path}.instanceIps.${name}`, `${ip} is outside its vSwitch`);
        inst.privateIp = ip;
      }
      return;
    }
    case 'securityGroupRule': {
      const sg = w.securityGroups.find((g) => g.name === change.group);
      if (!sg) throw new ScenarioBuildError(`${path}.group`, `no security group named "${change.group}"`);
      const r = change.rule;
      if (change.op === 'remove') {
        const keep = sg.rules.filter(
          (x) =>
            !(
              x.direction === r.direction &&
              x.ipProtocol === r.ipProtocol &&
              (r.sourceCidrIp === undefined || x.sourceCidrIp === r.sourceCidrIp)
            ),
        );
        if (keep.length === sg.rules.length)
          throw new ScenarioBuildError(`${path}.rule`, `${sg.name} has no such rule to remove`);
        sg.rules = keep;
        return;
      }
      sg.rules.push({
        id: cloud.idFactory().id('sgr-', 20),
        direction: r.direction,
        ipProtocol: r.ipProtocol,
        portRange: r.portRange ?? (r.ipProtocol === 'TCP' || r.ipProtocol === 'UDP' ? '1/65535' : '-1/-1'),
        sourceCidrIp: r.sourceCidrIp ?? '',
        destCidrIp: r.destCidrIp ?? '',
        policy: r.policy,
        priority: r.priority,
        nicType: 'intranet',
        description: r.description ?? '',
        createdAt: cloud.now(),
      });
      return;
    }
    case 'vpc': {
      const owner = cloud.account(change.owner);
      if (!owner) throw new ScenarioBuildError(`${path}.owner`, `no account ${change.owner} in this seed`);
      if (!findRegion(change.region))
        throw new ScenarioBuildError(`${path}.region`, `unknown region "${change.region}"`);
      const vpc = addVpc(cloud, {
        owner: owner.uid,
        region: change.region,
        name: change.name,
        cidr: change.cidr,
        vSwitches: [change.vSwitch],
      });
      const inst = change.instance;
      if (inst) {
        const block = parseCidr(change.vSwitch);
        if (!block || !cidrContainsIp(block, inst.ip))
          throw new ScenarioBuildError(`${path}.instance.ip`, `${inst.ip} is outside ${change.vSwitch}`);
        const sg = addSecurityGroup(cloud, vpc, `sg-${inst.name}`, [
          { ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '0.0.0.0/0', description: 'SSH' },
          ...inst.icmpFrom.map((c) => ({
            ipProtocol: 'ICMP' as const,
            sourceCidrIp: c,
            description: 'ping',
          })),
        ]);
        addInstance(cloud, vpc, inst.name, inst.ip, sg);
      }
      return;
    }
    case 'basicEdition': {
      const uid = refs('uid', change.account);
      if (!uid) throw new ScenarioBuildError(`${path}.account`, `no account ${change.account} in this seed`);
      const refused = w.transit.basicRefused.filter((u) => u !== uid);
      w.transit.basicRefused = change.available ? refused : [...refused, uid];
      return;
    }
    case 'transitService': {
      const uid = refs('uid', change.account);
      if (!uid) throw new ScenarioBuildError(`${path}.account`, `no account ${change.account} in this seed`);
      const others = w.transit.serviceOpen.filter((u) => u !== uid);
      w.transit.serviceOpen = change.open ? [...others, uid] : others;
      return;
    }
    case 'vSwitch': {
      // Through Vpc CreateVSwitch as the VPC's owner: the API's own checks (zone, block inside the VPC, overlap).
      const vpc = vpcNamed(change.vpc, 'vpc');
      const owner = w.accounts.find((a) => a.uid === vpc.ownerUid);
      callAs(cloud, path, owner?.name ?? vpc.ownerUid, 'Vpc.CreateVSwitch', {
        RegionId: vpc.regionId,
        VpcId: vpc.id,
        ZoneId: change.zone,
        CidrBlock: change.cidr,
        ...(change.name === undefined ? {} : { VSwitchName: change.name }),
      });
      return;
    }
    case 'call':
      callAs(cloud, path, change.as, change.action, resolveRefs(change.params, refs, `${path}.params`));
      return;
  }
}

/** Empties the cloud, builds the seed, applies the changes; throws ScenarioBuildError naming the change. */
export function buildTraining(cloud: MockCloud, scenario: TrainingScenario): void {
  loadScenario(cloud, scenario.start.seed);
  settled(cloud, () =>
    scenario.start.changes.forEach((c, i) => applyChange(cloud, c, `start.changes[${i}]`)),
  );
  for (const c of scenario.start.changes) if (c.kind === 'delay') cloud.delayMs = c.ms;
}
