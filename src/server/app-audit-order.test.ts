// A write's answer leaves only once its audit line is written, so a server killed right after answering still
// has the line (README, CEN_CONNECT_AUDIT_FILE); a read does not wait for the disk.
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { createAuditLog, type AuditLog } from './audit-log';
import type { DemoAccount } from './accounts';
import { demoAccountsOf, mockAccounts, mockModeApp } from './test-support/mock-cloud-app';

let mock: RunningMockCloud;
let demo: DemoAccount[];
beforeAll(async () => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 7 });
  demo = await demoAccountsOf(mock);
});
afterAll(() => mock.close());

it('answers a write only after its audit line is written, a read without waiting', async () => {
  const real = createAuditLog();
  let release!: () => void;
  const disk = new Promise<void>((resolve) => (release = resolve));
  // The audit file's disk, held until release(): what the answer waits for.
  const audit: AuditLog = { ...real, record: (entry) => (real.record(entry), { written: disk }) };
  const app = mockModeApp(mockAccounts(demo), { audit, mockControlUrl: mock.controlOrigin });
  const call = (action: string, params: Record<string, unknown>) =>
    Promise.resolve(
      app.request(`/api/openapi/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ account: 'A', params }),
      }),
    );

  expect((await call('DescribeCens', {})).status).toBe(200);
  let answered = false;
  const write = call('CreateCen', { Name: 'audit-order', ClientToken: 'audit-order-1' }).then((res) => {
    answered = true;
    return res;
  });
  // The cloud has answered and the entry is recorded, but its line is not on disk yet: no answer.
  await vi.waitFor(() => expect(real.list().map((e) => e.action)).toContain('Cbn.CreateCen'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(answered).toBe(false);
  release();
  expect((await write).status).toBe(200);
});
