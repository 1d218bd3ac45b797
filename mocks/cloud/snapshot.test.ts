// GET /_mock/state answers the shape the training panel parses (src/domain/mock-state-answer.ts) in every scenario,
// as it travels: through JSON.
import { mockStateAnswerSchema } from '../../src/domain/mock-state-answer';
import { loadScenario, SCENARIOS } from '../scenarios/catalogue';
import { manualClock } from './clock';
import { MockCloud } from './mock-cloud';
import { snapshot } from './snapshot';

function stateOf(name: string) {
  const cloud = new MockCloud({ clock: manualClock(), seed: 3 });
  loadScenario(cloud, name);
  return JSON.parse(JSON.stringify(snapshot(cloud))) as unknown;
}

describe('the mock cloud snapshot', () => {
  it.each(SCENARIOS.map((s) => s.name))('%s answers the shape the console reads', (name) => {
    const parsed = mockStateAnswerSchema.safeParse(stateOf(name));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('carries the finished tutorial with derived statuses and text UIDs', () => {
    const state = mockStateAnswerSchema.parse(stateOf('after-step-5'));
    expect(state.cens.length).toBeGreaterThan(0);
    expect(state.cens.every((c) => c.status.length > 0)).toBe(true);
    expect(state.grants.length).toBeGreaterThan(0);
    expect(state.grants.every((g) => /^\d+$/.test(g.cenOwnerUid))).toBe(true);
    expect(state.attachments.some((a) => a.status === 'Attached')).toBe(true);
    expect(state.connectivity?.some((c) => c.reachable)).toBe(true);
  });

  it('refuses to answer a snapshot the console could not read, saying which field', () => {
    const cloud = new MockCloud({ clock: manualClock(), seed: 3 });
    loadScenario(cloud, 'after-step-5');
    const cen = cloud.world.cens[0];
    if (!cen) throw new Error('after-step-5 has a CEN');
    (cen as { id: unknown }).id = 7;
    expect(() => snapshot(cloud)).toThrow(/mock-state-answer\.ts[\s\S]*cens\[0\]\.id/);
  });
});
