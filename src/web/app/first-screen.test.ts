// @vitest-environment jsdom
// first-screen.ts starts loading the first screen's chunks as soon as it is imported (main.tsx imports it first).
import { PROGRESS_KEY } from '../state/progress-store';

const loads = vi.hoisted(() => ({
  steps: [] as number[],
  gate: 0,
  trainingApi: 0,
}));
vi.mock('./steps-registry', () => ({
  STEPS: [1, 2, 3, 4, 5, 6].map((id) => ({
    id,
    preload: () => {
      loads.steps.push(id);
      return Promise.resolve(() => null);
    },
  })),
}));
vi.mock('./cloud-gate-chunk', () => ({
  CLOUD_GATE: {
    preload: () => {
      loads.gate++;
      return Promise.resolve(() => null);
    },
  },
}));
vi.mock('../training/training-api', () => {
  loads.trainingApi++;
  return {};
});

beforeEach(() => {
  vi.resetModules();
  Object.assign(loads, { steps: [], gate: 0, trainingApi: 0 });
  localStorage.clear();
  window.location.hash = '';
});

const saveCurrentStep = (current: number) =>
  localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, current, clientTokens: {}, steps: {} }));

describe('first-screen', () => {
  it('starts loading the saved step, the cloud gate and the training API at import', async () => {
    saveCurrentStep(2);
    const { firstStep, firstScreenChunks } = await import('./first-screen');
    // Already asked for, before anything awaited the promise: the requests leave at import.
    expect(loads.steps).toEqual([3]);
    expect(loads.gate).toBe(1);
    expect(firstStep?.id).toBe(3);
    await firstScreenChunks;
    expect(loads.trainingApi).toBe(1);
  });

  it('loads no step on the trainer page', async () => {
    window.location.hash = '#/trainer';
    const { firstStep, firstScreenChunks } = await import('./first-screen');
    expect(firstStep).toBeUndefined();
    expect(firstScreenChunks).toBeUndefined();
    expect(loads.steps).toEqual([]);
    expect(loads.gate).toBe(0);
  });
});
