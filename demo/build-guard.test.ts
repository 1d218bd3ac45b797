// npm run build:demo refuses any CEN_CONNECT_* (or VITE_*) variable: no key, token, endpoint or live mode can be
// built into the static site. The unit below names them; the command itself exits 2 before building anything.
import { spawnSync } from 'node:child_process';
import { demoEnvRefusal, refusedDemoEnv } from './build-guard';

describe('the static demo build', () => {
  it('names every CEN_CONNECT_* and VITE_* variable set, and nothing else', () => {
    expect(
      refusedDemoEnv({
        PATH: '/bin',
        CEN_CONNECT_CLOUD: 'live',
        CEN_CONNECT_A_ACCESS_KEY_ID: 'LTAI…',
        VITE_ENDPOINT: 'https://cbn.aliyuncs.com',
        CEN_CONNECT_UNSET: undefined,
      }),
    ).toEqual(['CEN_CONNECT_A_ACCESS_KEY_ID', 'CEN_CONNECT_CLOUD', 'VITE_ENDPOINT']);
    expect(refusedDemoEnv({ PATH: '/bin', HOME: '/root' })).toEqual([]);
    expect(demoEnvRefusal(['CEN_CONNECT_CLOUD'])).toMatch(/refuses to build: CEN_CONNECT_CLOUD is set/);
  });

  it('refuses to build in live mode, before it writes anything', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/build-demo.ts'], {
      env: { ...process.env, CEN_CONNECT_CLOUD: 'live', CEN_CONNECT_ACCESS_TOKEN: 'x'.repeat(24) },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('CEN_CONNECT_ACCESS_TOKEN, CEN_CONNECT_CLOUD are set');
    expect(run.stdout).not.toContain('The static demo is in');
  });
});
