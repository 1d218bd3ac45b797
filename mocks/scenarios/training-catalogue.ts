// The training catalogue: every *.json under a directory (default mocks/scenarios/training/), validated with
// zod at start-up: a broken scenario file is refused with a clear message, naming the file and the field.
// Each file is also built once on a throwaway cloud, so a change naming a VPC the seed does not have is
// refused at start-up too, not when the first trainee opens it. ScenarioBook is what the control API and the
// sandboxes load by name: training scenarios first, then the TS seeds (demo, after-step-N, drills). A
// training file may reuse a drill's name; the training version then wins for reset.
// No node:* here: training-dir.ts reads the files from the disk, the demo's service worker has them bundled
// (docs/decisions/0007-demo-in-a-service-worker.md); both check them with checkTrainingFiles.
import { manualClock } from '../cloud/clock';
import { MockCloud } from '../cloud/mock-cloud';
import { findScenario, loadScenario, SCENARIOS } from './catalogue';
import { buildTraining, ScenarioBuildError } from './training-build';
import { formatPath, trainingScenarioSchema, type TrainingScenario } from './training-schema';

/** Every problem of every file, one line each: "mocks/scenarios/training/x.json: hints[3]: at most 3 hint levels". */
export class TrainingCatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`Refusing the training scenarios:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** One training file: `shown` names it in problems, `name` is its file name without ".json". */
export interface TrainingFile {
  name: string;
  shown: string;
  /** Its text; a read that fails is refused like text that does not parse, with the reason. */
  read: () => string;
}

function checkFile({ name: expected, shown, read }: TrainingFile): {
  scenario?: TrainingScenario;
  problems: string[];
} {
  let raw: unknown;
  try {
    raw = JSON.parse(read());
  } catch (e) {
    return { problems: [`${shown}: not valid JSON: ${(e as Error).message}`] };
  }
  const parsed = trainingScenarioSchema.safeParse(raw);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => `${shown}: ${formatPath(i.path) || '(file)'}: ${i.message}`),
    };
  const scenario = parsed.data;
  if (scenario.name !== expected)
    return { problems: [`${shown}: name: "${scenario.name}" must match the file name "${expected}"`] };
  if (!findScenario(scenario.start.seed))
    return {
      problems: [
        `${shown}: start.seed: unknown seed "${scenario.start.seed}"; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
      ],
    };
  const cloud = new MockCloud({ clock: manualClock(), seed: 1 });
  try {
    // Dry run: references in the changes must exist in the seed.
    buildTraining(cloud, scenario);
  } catch (e) {
    const message = e instanceof ScenarioBuildError ? e.message : `start: ${(e as Error).message}`;
    return { problems: [`${shown}: ${message}`] };
  }
  const problems = [...editionProblems(cloud, scenario), ...solutionProblems(cloud, scenario)];
  return { scenario, problems: problems.map((p) => `${shown}: ${p}`) };
}

/** An Enterprise scenario must start where Basic Edition is refused to A, or the console would offer Basic. */
function editionProblems(cloud: MockCloud, scenario: TrainingScenario): string[] {
  const uidA = cloud.account('A')?.uid;
  if (scenario.edition !== 'enterprise' || (uidA && cloud.world.transit.basicRefused.includes(uidA)))
    return [];
  return [
    'edition: "enterprise" needs a starting state that refuses Basic Edition to Account A: the seed "enterprise-edition" or "enterprise-after-step-N", or a change {"kind": "basicEdition", "account": "A", "available": false}',
  ];
}

/** The names a solution's moves pick in the console must exist in the built starting state. */
function solutionProblems(cloud: MockCloud, scenario: TrainingScenario): string[] {
  const w = cloud.world;
  const problems: string[] = [];
  scenario.solution?.moves.forEach((move, i) => {
    const at = `solution.moves[${i}]`;
    const missing = (field: string, kind: string, name: string) =>
      problems.push(`${at}.${field}: no ${kind} named "${name}" in the starting state`);
    if (
      (move.do === 'adoptCen' || move.do === 'resumeEnterprise') &&
      !w.cens.some((c) => c.name === move.cen)
    )
      missing('cen', 'CEN', move.cen);
    if (move.do === 'resumeEnterprise')
      for (const side of ['a', 'b'] as const)
        if (!w.vpcs.some((v) => v.name === move[side])) missing(side, 'VPC', move[side]);
    if ((move.do === 'authorize' || move.do === 'attach' || move.do === 'fix') && move.network !== undefined)
      if (!w.vpcs.some((v) => v.name === move.network)) missing('network', 'VPC', move.network);
    if (move.do === 'ping')
      for (const side of ['a', 'b'] as const)
        if (!w.instances.some((x) => x.name === move[side])) missing(side, 'ECS instance', move[side]);
  });
  return problems;
}

/** Checks every file; throws TrainingCatalogueError listing every problem of every file. */
export function checkTrainingFiles(files: readonly TrainingFile[]): TrainingScenario[] {
  const scenarios: TrainingScenario[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const r = checkFile(file);
    problems.push(...r.problems);
    if (r.scenario) scenarios.push(r.scenario);
  }
  if (problems.length > 0) throw new TrainingCatalogueError(problems);
  return scenarios;
}

export interface ScenarioListing {
  name: string;
  title: { en: string; zh: string };
  goal: { en: string; zh: string };
  whatGoesWrong: { en: string; zh: string };
  hints: { en: string; zh: string }[];
  seed: string;
}

/** Training scenarios plus the TS seeds, by name. Immutable after construction; shared by every sandbox. */
export class ScenarioBook {
  private readonly byName: Map<string, TrainingScenario>;

  constructor(readonly training: readonly TrainingScenario[]) {
    this.byName = new Map(training.map((s) => [s.name, s]));
  }

  trainingScenario(name: string): TrainingScenario | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name) || findScenario(name) !== undefined;
  }

  names(): string[] {
    return [...new Set([...SCENARIOS.map((s) => s.name), ...this.byName.keys()])];
  }

  unknown(name: string): string {
    return `Unknown scenario "${name}". Known: ${this.names().join(', ')}.`;
  }

  /** Empties the cloud and builds the named scenario (training first, else a TS seed). */
  load(cloud: MockCloud, name: string): void {
    const training = this.byName.get(name);
    if (training) buildTraining(cloud, training);
    else loadScenario(cloud, name);
  }

  listing(): { scenarios: ScenarioListing[]; seeds: { name: string; title: string; description: string }[] } {
    return {
      scenarios: this.training.map((s) => ({
        name: s.name,
        title: s.title,
        goal: s.goal,
        whatGoesWrong: s.whatGoesWrong,
        hints: s.hints,
        seed: s.start.seed,
      })),
      seeds: SCENARIOS.map((s) => ({ name: s.name, title: s.title, description: s.description })),
    };
  }
}
