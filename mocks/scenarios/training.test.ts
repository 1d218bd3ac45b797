// Every training file, data-driven: it loads into a sandbox, starts unsolved, shows the symptom its file declares,
// and the scripted trainee (trainee-bot.ts) reaches its success criteria by playing the fix through cloud.call()
// with the sandbox's own keys. A new file is covered without touching this test.
import { manualClock } from '../cloud/clock';
import { MockCloud } from '../cloud/mock-cloud';
import { SandboxRegistry } from '../sandboxes';
import { refsOf, resolveRefs } from './training-build';
import { ScenarioBook } from './training-catalogue';
import { loadTrainingScenarios } from './training-dir';
import { TraineeBot } from './trainee-bot';
import { EnterpriseTraineeBot } from './enterprise-trainee-bot';
import { zonesOfRegion, zonesOfVpc } from './enterprise-progress';
import type { TrainingScenario } from './training-schema';
import type { Product } from '../../src/domain/openapi/products';
import { TUTORIAL_PACKAGE_PARAMS } from '../../src/domain/test-support/tutorial-package';

const scenarios = loadTrainingScenarios();

/** What the file's symptom says goes wrong, as seen now: the symptom call's answers, the pings, the zones. */
function symptomSeen(
  cloud: MockCloud,
  reach: () => Record<'A->B' | 'B->A', { reachable: boolean }>,
  s: TrainingScenario,
) {
  const symptom = s.symptom;
  const seen: { codes: string[]; unreachable: string[]; oneZone: string[] } = {
    codes: [],
    unreachable: [],
    oneZone: [],
  };
  if (!symptom) return seen;
  if (symptom.call && symptom.code) {
    const [product, action] = symptom.call.action.split('.') as [Product, string];
    const params = resolveRefs(symptom.call.params, refsOf(cloud), 'symptom') as Record<string, unknown>;
    const accessKeyId = cloud.account(symptom.call.as)?.accessKeyId;
    for (let i = 0; i < symptom.call.tries && !seen.codes.includes(symptom.code); i++) {
      const r = cloud.call({ product, action, accessKeyId, params });
      seen.codes.push(r.dropped ? 'dropped' : r.status === 200 ? 'OK' : String(r.body.Code));
    }
  }
  const connectivity = reach();
  seen.unreachable = (symptom.unreachable ?? []).filter((dir) => !connectivity[dir].reachable);
  seen.oneZone = (symptom.oneZone ?? []).filter((name) => {
    const vpc = cloud.world.vpcs.find((v) => v.name === name);
    return (
      vpc && zonesOfVpc(cloud.world, vpc).length === 1 && zonesOfRegion(cloud.world, vpc.regionId).length > 1
    );
  });
  return seen;
}

function sandboxOf(name: string) {
  const clock = manualClock();
  const book = new ScenarioBook(scenarios);
  const defaultCloud = new MockCloud({ clock, seed: 5 });
  book.load(defaultCloud, 'demo');
  const registry = new SandboxRegistry({ book, defaultCloud, defaultScenario: 'demo', clock, seed: 5 });
  const sandbox = registry.create({ scenario: name, label: 'trainee' });
  return { registry, sandbox, cloud: sandbox.cloud };
}

describe('the training catalogue', () => {
  it('has the scenarios training needs: the tutorial, its starting points and the drills', () => {
    expect(scenarios.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'happy-path',
        'forgot-to-authorize',
        'wrong-cen',
        'wrong-owner-uid',
        'identical-cidr',
        'overlapping-cidr',
        'sg-blocks-icmp',
        'operation-blocking',
        'throttling-storm',
        'over-allocated-bandwidth',
        'wrong-area',
        'lost-buy-response',
        'ee-service-not-opened',
        'ee-propagation-forgotten',
        'ee-no-vpc-route',
        'ee-grant-wrong-owner-uid',
        'ee-one-zone-vswitch',
      ]),
    );
  });

  it('plays its Enterprise files where Basic Edition is refused to Account A', () => {
    const enterprise = scenarios.filter((s) => s.edition === 'enterprise');
    expect(enterprise.length).toBeGreaterThanOrEqual(5);
    for (const s of enterprise) {
      const { cloud } = sandboxOf(s.name);
      expect(cloud.world.transit.basicRefused, s.name).toContain(cloud.account('A')?.uid);
    }
  });
});

describe.each(scenarios.map((s) => [s.name, s] as const))('training scenario %s', (name, scenario) => {
  it('starts unsolved and goes wrong the way its file says', () => {
    const { registry, sandbox, cloud } = sandboxOf(name);
    expect(registry.progress(sandbox).success).toBe(false);
    const symptom = scenario.symptom;
    if (!symptom) return;
    const seen = symptomSeen(cloud, () => registry.progress(sandbox).evidence.connectivity, scenario);
    if (symptom.code) expect(seen.codes).toContain(symptom.code);
    expect(seen.unreachable).toEqual(symptom.unreachable ?? []);
    expect(seen.oneZone).toEqual(symptom.oneZone ?? []);
  });

  it('is won by playing the fix the hints describe', () => {
    const { registry, sandbox, cloud } = sandboxOf(name);
    const enterprise = scenario.edition === 'enterprise';
    const trainee = enterprise ? new EnterpriseTraineeBot(cloud) : new TraineeBot(cloud);
    trainee.play();
    const progress = registry.progress(sandbox);
    expect(progress.evidence.criteria.filter((c) => !c.ok)).toEqual([]);
    expect(progress.success).toBe(true);
    expect(progress.edition).toBe(scenario.edition);
    if (enterprise)
      expect(progress.enterpriseSteps).toEqual({
        service: true,
        cen: true,
        grant: true,
        attach: true,
        link: true,
        connection: true,
        routes: true,
        ping: true,
      });
    else
      expect(progress.steps).toEqual({
        cen: true,
        grant: true,
        attach: true,
        package: true,
        associate: true,
        limit: true,
        ping: true,
      });
    // A fault the trainee cannot steer around (a busy CEN, throttling, a lost answer) was met on the way and
    // survived by retrying; the other symptoms are avoided by the fix itself.
    const code = scenario.symptom?.code;
    if (code && /^(Throttling|Operation\.Blocking|dropped$)/.test(code)) expect(trainee.met).toContain(code);
  });
});

// The fix the last hint documents, alone: sent from the starting state through the mock's own calls, it clears
// the symptom the file declares (the symptom call then succeeds, the pings pass, the VPC has two zones).
const withFix = scenarios.filter((s) => s.fix !== undefined);
describe.each(withFix.map((s) => [s.name, s] as const))('the documented fix of %s', (name, scenario) => {
  it('clears the symptom', () => {
    const { registry, sandbox, cloud } = sandboxOf(name);
    const settle = () => cloud.clock.advance(cloud.delayMs + 1);
    scenario.fix?.forEach((call, i) => {
      const [product, action] = call.action.split('.') as [Product, string];
      const params = resolveRefs(call.params, refsOf(cloud), `fix[${i}].params`) as Record<string, unknown>;
      const r = cloud.call({ product, action, accessKeyId: cloud.account(call.as)?.accessKeyId, params });
      expect(r.status, `fix[${i}] ${call.action}: ${JSON.stringify(r.body)}`).toBe(200);
      settle();
    });
    const seen = symptomSeen(cloud, () => registry.progress(sandbox).evidence.connectivity, scenario);
    if (scenario.symptom?.code) expect(seen.codes).toEqual(['OK']);
    expect(seen.unreachable).toEqual([]);
    expect(seen.oneZone).toEqual([]);
  });
});

describe('success criteria are not a rubber stamp', () => {
  it('lost-buy-response fails noDuplicatePackages when the trainee buys again with a new ClientToken', () => {
    const { registry, sandbox, cloud } = sandboxOf('lost-buy-response');
    const bot = new TraineeBot(cloud);
    const buy = (token: string) =>
      cloud.call({
        product: 'Cbn',
        action: 'CreateCenBandwidthPackage',
        accessKeyId: cloud.account('A')?.accessKeyId,
        params: {
          ...TUTORIAL_PACKAGE_PARAMS,
          ClientToken: token,
        },
      });
    expect(buy('first').dropped).toBe(true);
    expect(buy('second').status).toBe(200); // a new token: a second package is paid for
    bot.play();
    const p = registry.progress(sandbox);
    expect(p.evidence.connectivity['A->B'].reachable).toBe(true);
    expect(p.evidence.criteria.find((c) => c.criterion === 'no duplicate bandwidth packages')?.ok).toBe(
      false,
    );
    expect(p.success).toBe(false);
  });

  it('lost-buy-response: the same ClientToken after the drop returns the first package', () => {
    const { cloud } = sandboxOf('lost-buy-response');
    const params = {
      Bandwidth: 8,
      GeographicRegionAId: 'China',
      GeographicRegionBId: 'China',
      ClientToken: 'same',
    };
    const accessKeyId = cloud.account('A')?.accessKeyId;
    expect(
      cloud.call({ product: 'Cbn', action: 'CreateCenBandwidthPackage', accessKeyId, params }).dropped,
    ).toBe(true);
    const again = cloud.call({ product: 'Cbn', action: 'CreateCenBandwidthPackage', accessKeyId, params });
    expect(again.body.CenBandwidthPackageId).toBe(cloud.world.packages[0]?.id);
    expect(cloud.world.packages).toHaveLength(1);
  });

  it('wrong-owner-uid stays unsolved while the stray grant remains, even with ping working', () => {
    const { registry, sandbox, cloud } = sandboxOf('wrong-owner-uid');
    const stray = cloud.world.grants.find(
      (g) =>
        g.instanceOwnerUid === cloud.account('B')?.uid &&
        g.cenOwnerUid !== cloud.account('A')?.uid &&
        g.cenId === cloud.world.cens.find((c) => c.name === 'DifferentAccountDifferentRegion')?.id,
    );
    expect(stray).toBeDefined();
    new TraineeBot(cloud).play();
    expect(registry.progress(sandbox).success).toBe(true);
    // Put the stray grant back: the criterion notices.
    if (stray) cloud.world.grants.push({ ...stray });
    const p = registry.progress(sandbox);
    expect(p.evidence.criteria.find((c) => c.criterion === 'no stray grants')?.ok).toBe(false);
  });

  it('ee-grant-wrong-owner-uid: a grant to the routers naming the wrong owner is stray, also beside the right one', () => {
    const { registry, sandbox, cloud } = sandboxOf('ee-grant-wrong-owner-uid');
    const stray = cloud.world.transit.grants.find((g) => g.cenOwnerUid !== cloud.account('A')?.uid);
    expect(stray).toBeDefined();
    const toRouters = () =>
      registry.progress(sandbox).evidence.grants.filter((g) => g.kind === 'transitRouter');
    expect(toRouters()).toEqual([expect.objectContaining({ cenOwnerUid: stray?.cenOwnerUid, stray: true })]);
    new EnterpriseTraineeBot(cloud).play();
    expect(registry.progress(sandbox).success).toBe(true);
    if (stray) cloud.world.transit.grants.push({ ...stray });
    const p = registry.progress(sandbox);
    expect(p.evidence.connectivity['A->B'].reachable).toBe(true);
    expect(p.evidence.criteria.find((c) => c.criterion === 'no stray grants')?.ok).toBe(false);
    expect(p.success).toBe(false);
  });

  it('an Enterprise step left undone shows in enterpriseSteps: the propagation, then B’s VPC route', () => {
    const propagation = sandboxOf('ee-propagation-forgotten');
    expect(propagation.registry.progress(propagation.sandbox).enterpriseSteps).toMatchObject({
      service: true,
      attach: true,
      link: false,
      connection: true,
      routes: true,
      ping: false,
    });
    const route = sandboxOf('ee-no-vpc-route');
    expect(route.registry.progress(route.sandbox).enterpriseSteps).toMatchObject({
      link: true,
      routes: false,
    });
    const service = sandboxOf('ee-service-not-opened');
    expect(service.registry.progress(service.sandbox).enterpriseSteps).toMatchObject({
      service: false,
      cen: true,
      grant: true,
      attach: false,
    });
  });
});
