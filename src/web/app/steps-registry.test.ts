import { preloadEveryStep, STEPS } from './steps-registry';

const diagnosis = vi.hoisted(() => ({ preloadDiagnosis: vi.fn(() => Promise.resolve()) }));
vi.mock('../diagnosis/lazy', () => diagnosis);

describe('preloadEveryStep', () => {
  afterEach(() => vi.restoreAllMocks());

  it("loads every step's chunk and the diagnosis chunks steps 3–6 mount inside them", async () => {
    const preloads = STEPS.map((step) => vi.spyOn(step, 'preload').mockResolvedValue(() => null));
    await preloadEveryStep();
    for (const preload of preloads) expect(preload).toHaveBeenCalledTimes(1);
    expect(diagnosis.preloadDiagnosis).toHaveBeenCalledTimes(1);
  });

  it('loads the others when one chunk fails, and does not reject: the step loads it again when opened', async () => {
    const preloads = STEPS.map((step, index) =>
      vi
        .spyOn(step, 'preload')
        .mockImplementation(() =>
          index === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve(() => null),
        ),
    );
    await expect(preloadEveryStep()).resolves.toBeDefined();
    for (const preload of preloads) expect(preload).toHaveBeenCalledTimes(1);
  });
});
