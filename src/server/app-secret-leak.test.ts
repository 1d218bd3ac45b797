// STS credentials and a secret the cloud does not accept, against the in-process mock: its SignatureDoesNotMatch
// quotes the server's string to sign like the real gateway (mocks/FIDELITY.md; docs/reference/cen-api.md §4), and
// a v1 string to sign carries the SecurityToken. Neither it nor the secret may reach the answer, the audit log, the
// audit file or the process's output.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockCloud, type RunningMockCloud } from '../../mocks/node';
import { auditFile } from './audit-file';
import { createAuditLog } from './audit-log';
import type { DemoAccount } from './accounts';
import { demoAccountsOf, mockAccounts, mockModeApp } from './test-support/mock-cloud-app';

const TOKEN = 'CAISleakProbe/Token+With=Base64Chars0123456789abcdefghij';
const SECRET = 'leakProbeWrongSecret/0123456789+abcdef=';

let mock: RunningMockCloud;
let demo: DemoAccount[];
let dir: string;
beforeAll(async () => {
  mock = startMockCloud({ delayMs: 0, scenario: 'demo', seed: 7 });
  demo = await demoAccountsOf(mock);
  dir = mkdtempSync(join(tmpdir(), 'cen-connect-leak-'));
});
afterAll(() => {
  mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(['v1', 'v3'] as const)('STS credentials signed %s with a wrong secret', (signature) => {
  it('get SignatureDoesNotMatch with the string to sign, never the token or the secret', async () => {
    const a = demo.find((d) => d.name === 'A')!;
    const accounts = mockAccounts(demo, {
      CEN_CONNECT_A_ACCESS_KEY_ID: a.accessKeyId,
      CEN_CONNECT_A_ACCESS_KEY_SECRET: SECRET,
      CEN_CONNECT_A_SECURITY_TOKEN: TOKEN,
      CEN_CONNECT_A_SIGNATURE: signature,
    });
    const file = join(dir, `audit-${signature}.jsonl`);
    const audit = createAuditLog({ file: auditFile(file) });
    const app = mockModeApp(accounts, { audit, mockControlUrl: mock.controlOrigin });
    const output: string[] = [];
    const spies = (['log', 'error', 'warn', 'info'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void output.push(args.join(' '))),
    );
    try {
      const answers: string[] = [];
      for (const action of ['DescribeCens', 'CreateCen']) {
        const res = await app.request(`/api/openapi/${action}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            account: 'A',
            params: action === 'CreateCen' ? { Name: 'leak-probe', ClientToken: 'leak-probe-1' } : {},
          }),
        });
        const text = await res.text();
        answers.push(text);
        expect(res.status).toBe(400);
        const error = (JSON.parse(text) as { error: { code: string; message: string } }).error;
        expect(error.code, error.message).toBe('SignatureDoesNotMatch');
        // Still useful: the string to sign is there, with what was taken out named.
        expect(error.message).toContain('server string to sign is:');
        if (signature === 'v1') expect(error.message).toContain('[SecurityToken removed]');
      }
      const auditView = await (await app.request('/api/audit')).text();
      await audit.flush();
      const everywhere = [...answers, auditView, readFileSync(file, 'utf8'), ...output].join('\n');
      expect(auditView).toContain('SignatureDoesNotMatch');
      for (const secret of [
        TOKEN,
        SECRET,
        encodeURIComponent(TOKEN),
        encodeURIComponent(encodeURIComponent(TOKEN)),
      ])
        expect(everywhere).not.toContain(secret);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
