// A restarted mock never hands out the last run's IDs again (a browser's saved progress would match another
// resource), and names its world so a browser can tell (GET /_mock/world). An explicit seed still replays.
import { startMockCloud } from './node';
import { handleControlRequest } from './control-api';
import { UID } from './scenarios/seed';

function firstCen(options: { seed?: number } = {}) {
  const mock = startMockCloud({ listen: false, ...options });
  try {
    const created = mock.cloud.call({
      product: 'Cbn',
      action: 'CreateCen',
      callerUid: UID.A,
      params: { Name: 'restart-probe', ClientToken: 'probe-1' },
    });
    expect(created.status).toBe(200);
    return { cenId: created.body.CenId as string, worldId: mock.sandboxes.defaultSandbox.worldId };
  } finally {
    mock.close();
  }
}

async function world(mock: ReturnType<typeof startMockCloud>, path = '/_mock/world') {
  const res = await handleControlRequest(mock.sandboxes, new Request(`http://mock-cloud.invalid${path}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as { worldId: string }).worldId;
}

describe('IDs across starts of the mock', () => {
  it('three starts without a seed: three different first CENs and three different worlds', () => {
    const starts = [firstCen(), firstCen(), firstCen()];
    expect(new Set(starts.map((s) => s.cenId)).size).toBe(3);
    expect(new Set(starts.map((s) => s.worldId)).size).toBe(3);
    for (const s of starts) expect(s.cenId).toMatch(/^cen-[a-z0-9]{18}$/);
  });

  it('the same explicit seed replays the same IDs (tests and scenarios rely on it), in a new world', () => {
    const [one, two] = [firstCen({ seed: 42 }), firstCen({ seed: 42 })];
    expect(one.cenId).toBe(two.cenId);
    expect(one.worldId).not.toBe(two.worldId);
  });
});

describe('GET /_mock/world', () => {
  it('stays across writes, changes at a reset, and each sandbox has its own', async () => {
    const mock = startMockCloud({ listen: false, seed: 1 });
    try {
      const first = await world(mock);
      expect(first).toMatch(/^w-[a-z0-9]{16}$/);
      mock.cloud.call({
        product: 'Cbn',
        action: 'CreateCen',
        callerUid: UID.A,
        params: { Name: 'kept', ClientToken: 'probe-2' },
      });
      expect(await world(mock)).toBe(first);
      const reset = await handleControlRequest(
        mock.sandboxes,
        new Request('http://mock-cloud.invalid/_mock/reset', { method: 'POST', body: '{}' }),
      );
      expect(reset.status).toBe(200);
      const afterReset = await world(mock);
      expect(afterReset).not.toBe(first);
      const sandbox = mock.sandboxes.create({ scenario: 'demo' });
      const theirs = await world(mock, `/_mock/sandboxes/${sandbox.id}/world`);
      expect(theirs).not.toBe(afterReset);
    } finally {
      mock.close();
    }
  });
});
