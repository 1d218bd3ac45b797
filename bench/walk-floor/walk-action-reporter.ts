// A Playwright reporter for the UI walk's floor (bench/README.md, the full six-step run): it counts the browser
// actions of the walk itself — the leaf Playwright calls and assertions inside the spec's step WALK_STEP — by kind,
// and writes them as JSON to WALK_ACTIONS_FILE, one object per finished test. The floor (walk-floor.spec.ts) then
// does exactly as many of each kind on a bare page, so it stays equal to the walk when the walk changes.
import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { WALK_STEP } from '../../test-support/ui-walk-step';
import { actionKind, type WalkActions } from './walk-actions';

const COUNTED = new Set(['pw:api', 'expect']);

function insideWalk(step: TestStep): boolean {
  for (let s: TestStep | undefined = step.parent; s; s = s.parent)
    if (s.category === 'test.step' && s.title === WALK_STEP) return true;
  return false;
}

export default class WalkActionReporter implements Reporter {
  private readonly counts = new Map<TestResult, WalkActions>();
  private readonly done: WalkActions[] = [];

  onStepEnd(_test: TestCase, result: TestResult, step: TestStep): void {
    if (!COUNTED.has(step.category) || !insideWalk(step)) return;
    // A wrapper (expect.toPass, a retried block) is not an action: the calls inside it are counted instead.
    if (step.steps.some((child) => COUNTED.has(child.category))) return;
    const counts = this.counts.get(result) ?? {};
    const kind = actionKind(step.category, step.title);
    counts[kind] = (counts[kind] ?? 0) + 1;
    this.counts.set(result, counts);
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    this.done.push(this.counts.get(result) ?? {});
  }

  onEnd(): void {
    const file = process.env.WALK_ACTIONS_FILE;
    if (file) writeFileSync(file, JSON.stringify(this.done));
  }
}
