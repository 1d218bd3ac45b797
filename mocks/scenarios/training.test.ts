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
import type { Product } from '../../src/domain/openapi/products';

const scenarios = loadTrainingScenarios();

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
      ]),
    );
  });
});

describe.each(scenarios.map((s) => [s.name, s] as const))('training scenario %s', (name, scenario) => {
  it('starts unsolved and goes wrong the way its file says', () => {
    const { registry, sandbox, cloud } = sandboxOf(name);
    expect(registry.progress(sandbox).success).toBe(false);
    const symptom = scenario.symptom;
    if (!symptom) return;
    if (symptom.call && symptom.code) {
      const [product, action] = symptom.call.action.split('.') as [Product, string];
      const params = resolveRefs(symptom.call.params, refsOf(cloud), 'symptom') as Record<string, unknown>;
      const accessKeyId = cloud.account(symptom.call.as)?.accessKeyId;
      const seen: string[] = [];
      for (let i = 0; i < symptom.call.tries && !seen.includes(symptom.code); i++) {
        const r = cloud.call({ product, action, accessKeyId, params });
        seen.push(r.dropped ? 'dropped' : r.status === 200 ? 'OK' : String(r.body.Code));
      }
      expect(seen).toContain(symptom.code);
    }
    const connectivity = registry.progress(sandbox).evidence.connectivity;
    for (const dir of symptom.unreachable ?? []) expect(connectivity[dir].reachable).toBe(false);
  });

  it('is won by playing the fix the hints describe', () => {
    const { registry, sandbox, cloud } = sandboxOf(name);
    const trainee = new TraineeBot(cloud);
    trainee.play();
    const progress = registry.progress(sandbox);
    expect(progress.evidence.criteria.filter((c) => !c.ok)).toEqual([]);
    expect(progress.success).toBe(true);
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
          Bandwidth: 8,
          GeographicRegionAId: 'China',
          GeographicRegionBId: 'China',
          PricingCycle: 'Month',
          Period: 1,
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
});
