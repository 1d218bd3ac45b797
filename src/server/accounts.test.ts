import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maskAccessKeyId, resolveAccounts, type AssumeRoleFn } from './accounts';
import { readEnv } from './env';

const demo = [
  { name: 'A' as const, uid: '1262302482727553', accessKeyId: 'LTAI5tDemoA', accessKeySecret: 'secretA' },
  { name: 'B' as const, uid: '9263584710374521', accessKeyId: 'LTAI5tDemoB', accessKeySecret: 'secretB' },
];
const noRole: AssumeRoleFn = () => Promise.reject(new Error('not expected'));

describe('accounts', () => {
  it('uses the demo accounts in mock mode when nothing else is configured', async () => {
    const accounts = resolveAccounts({ env: readEnv({}), demo, assumeRole: noRole });
    expect(accounts.B).toMatchObject({ mode: 'demo', uid: '9263584710374521' });
    expect(await accounts.A.credentials()).toEqual(demo[0]);
  });

  it('never uses demo accounts against the live cloud, and says what to set', () => {
    expect(() =>
      resolveAccounts({ env: readEnv({ CEN_CONNECT_CLOUD: 'live' }), demo, assumeRole: noRole }),
    ).toThrow(/CEN_CONNECT_A_ACCESS_KEY_ID and CEN_CONNECT_A_ACCESS_KEY_SECRET/);
  });

  it('refuses half a key pair', () => {
    expect(() =>
      resolveAccounts({ env: readEnv({ CEN_CONNECT_A_ACCESS_KEY_ID: 'x' }), demo, assumeRole: noRole }),
    ).toThrow(/only one is set/);
  });

  it('reaches B by AssumeRole with A’s keys, caching the role credentials', async () => {
    let calls = 0;
    const assumeRole: AssumeRoleFn = (source, roleArn) => {
      calls += 1;
      expect(source.accessKeyId).toBe('LTAIa');
      expect(roleArn).toBe('acs:ram::9263584710374521:role/cen-connect');
      return Promise.resolve({
        accessKeyId: 'STS.b',
        accessKeySecret: 'sb',
        securityToken: 'tok',
        expiration: new Date(Date.now() + 3600_000).toISOString(),
      });
    };
    const env = readEnv({
      CEN_CONNECT_CLOUD: 'live',
      CEN_CONNECT_A_ACCESS_KEY_ID: 'LTAIa',
      CEN_CONNECT_A_ACCESS_KEY_SECRET: 'sa',
      CEN_CONNECT_B_ROLE_ARN: 'acs:ram::9263584710374521:role/cen-connect',
    });
    const accounts = resolveAccounts({ env, assumeRole });
    expect(accounts.B).toMatchObject({ mode: 'RamRoleArn', uid: '9263584710374521' });
    expect((await accounts.B.credentials()).securityToken).toBe('tok');
    await accounts.B.credentials();
    expect(calls).toBe(1);
  });

  it('reads aliyun CLI profiles, and names a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cen-connect-'));
    const path = join(dir, 'config.json');
    writeFileSync(
      path,
      JSON.stringify({
        current: 'a',
        profiles: [
          { name: 'a', mode: 'AK', access_key_id: 'LTAIprofileA', access_key_secret: 'pa' },
          { name: 'b', mode: 'StsToken', access_key_id: 'STS.pb', access_key_secret: 'pb', sts_token: 't' },
          { name: 'ecs', mode: 'EcsRamRole' },
        ],
      }),
    );
    const base = { CEN_CONNECT_CLOUD: 'live', CEN_CONNECT_ALIYUN_CONFIG: path };
    const accounts = resolveAccounts({
      env: readEnv({ ...base, CEN_CONNECT_A_PROFILE: 'a', CEN_CONNECT_B_PROFILE: 'b' }),
      assumeRole: noRole,
    });
    expect(accounts.A.mode).toBe('AK');
    expect(await accounts.B.credentials()).toMatchObject({ securityToken: 't' });
    expect(() =>
      resolveAccounts({ env: readEnv({ ...base, CEN_CONNECT_A_PROFILE: 'zz' }), assumeRole: noRole }),
    ).toThrow(/no profile "zz" \(profiles: a, b, ecs\)/);
    expect(() =>
      resolveAccounts({ env: readEnv({ ...base, CEN_CONNECT_A_PROFILE: 'ecs' }), assumeRole: noRole }),
    ).toThrow(/mode EcsRamRole/);
  });

  it('masks AccessKey IDs', () => {
    expect(maskAccessKeyId('LTAI5tDemoAccountA00000001')).toBe('LTAI****0001');
    expect(maskAccessKeyId('short')).toBe('****');
  });
});
