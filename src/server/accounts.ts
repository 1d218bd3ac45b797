// The two accounts the BFF acts for. Account A owns the CEN; Account B owns the network to attach.
// Sources, in the conventions Alibaba users have: environment variables per account, aliyun CLI
// profiles (AK, StsToken, RamRoleArn — B is often reached by AssumeRole from A), and the mock cloud's demo
// accounts. Why not @alicloud/credentials: docs/decisions/0003-own-credential-loader.md.
import type { AccountEnv, Env } from './env';
import { readCliProfile, defaultCliConfigPath } from './aliyun-cli-config';
import type { AccountName } from '../domain/accounts';

export type AccountMode = 'demo' | 'AK' | 'StsToken' | 'RamRoleArn';

export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

export interface AssumedRole extends Credentials {
  securityToken: string;
  /** ISO time */
  expiration: string;
}

/** Calls STS AssumeRole with the given source credentials (injected: it goes through the audited cloud client). */
export type AssumeRoleFn = (
  source: Credentials,
  roleArn: string,
  sessionName: string,
  durationSeconds: number,
) => Promise<AssumedRole>;

export interface Account {
  name: AccountName;
  label: string;
  mode: AccountMode;
  signatureStyle: 'v3' | 'v1';
  /** Known from config or the demo catalogue; otherwise learned with STS GetCallerIdentity. */
  uid?: string;
  /** The AccessKey ID the user configured (masked whenever shown). */
  accessKeyId: string;
  credentials(): Promise<Credentials>;
}

export interface DemoAccount {
  name: AccountName;
  uid: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export function maskAccessKeyId(id: string): string {
  if (id.length <= 8) return '****';
  return `${id.slice(0, 4)}****${id.slice(-4)}`;
}

function staticAccount(
  name: AccountName,
  env: AccountEnv,
  mode: AccountMode,
  creds: Credentials,
  uid?: string,
): Account {
  return {
    name,
    label: env.label,
    mode,
    signatureStyle: env.signature,
    uid: uid ?? env.uid,
    accessKeyId: creds.accessKeyId,
    credentials: () => Promise.resolve(creds),
  };
}

/** Caches STS credentials and refreshes them five minutes before they expire. */
function roleAccount(
  name: AccountName,
  env: AccountEnv,
  source: () => Promise<Credentials>,
  sourceKeyId: string,
  roleArn: string,
  sessionName: string,
  durationSeconds: number,
  assumeRole: AssumeRoleFn,
): Account {
  let cached: AssumedRole | undefined;
  let pending: Promise<AssumedRole> | undefined;
  const uidFromArn = /^acs:ram::(\d+):role\//.exec(roleArn)?.[1];
  return {
    name,
    label: env.label,
    mode: 'RamRoleArn',
    signatureStyle: env.signature,
    uid: env.uid ?? uidFromArn,
    accessKeyId: sourceKeyId,
    async credentials() {
      if (cached && Date.parse(cached.expiration) - Date.now() > 5 * 60_000) return cached;
      pending ??= source()
        .then((creds) => assumeRole(creds, roleArn, sessionName, durationSeconds))
        .finally(() => (pending = undefined));
      cached = await pending;
      return cached;
    },
  };
}

export interface AccountSources {
  env: Env;
  demo?: readonly DemoAccount[];
  assumeRole: AssumeRoleFn;
}

/**
 * Resolves both accounts, or throws an Error whose message names the variable or profile to fix.
 * Precedence per account: explicit keys → CLI profile → role ARN (assumed with the account's own keys or, for B,
 * with A's) → demo account (mock mode only).
 */
export function resolveAccounts({ env, demo, assumeRole }: AccountSources): Record<AccountName, Account> {
  const resolveOne = (name: AccountName, other?: Account): Account => {
    const cfg = env.accounts[name];
    const prefix = `CEN_CONNECT_${name}_`;
    if (cfg.accessKeyId || cfg.accessKeySecret) {
      if (!cfg.accessKeyId || !cfg.accessKeySecret)
        throw new Error(`Set both ${prefix}ACCESS_KEY_ID and ${prefix}ACCESS_KEY_SECRET (only one is set).`);
      const creds: Credentials = { accessKeyId: cfg.accessKeyId, accessKeySecret: cfg.accessKeySecret };
      if (cfg.roleArn)
        return roleAccount(
          name,
          cfg,
          () => Promise.resolve(creds),
          creds.accessKeyId,
          cfg.roleArn,
          'cen-connect',
          3600,
          assumeRole,
        );
      if (cfg.securityToken)
        return staticAccount(name, cfg, 'StsToken', { ...creds, securityToken: cfg.securityToken });
      return staticAccount(name, cfg, 'AK', creds);
    }
    if (cfg.profile) {
      const profile = readCliProfile(cfg.profile, env.aliyunConfigPath ?? defaultCliConfigPath());
      if (profile.mode === 'RamRoleArn') {
        const source: Credentials = {
          accessKeyId: profile.accessKeyId,
          accessKeySecret: profile.accessKeySecret,
        };
        return roleAccount(
          name,
          cfg,
          () => Promise.resolve(source),
          profile.accessKeyId,
          profile.roleArn,
          profile.sessionName,
          profile.durationSeconds,
          assumeRole,
        );
      }
      return staticAccount(name, cfg, profile.mode, profile);
    }
    if (cfg.roleArn && other)
      return roleAccount(
        name,
        cfg,
        () => other.credentials(),
        other.accessKeyId,
        cfg.roleArn,
        'cen-connect',
        3600,
        assumeRole,
      );
    const demoAccount = demo?.find((d) => d.name === name);
    if (env.cloud === 'mock' && demoAccount)
      return staticAccount(name, cfg, 'demo', demoAccount, demoAccount.uid);
    throw new Error(
      `Account ${name} has no credentials: set ${prefix}ACCESS_KEY_ID and ${prefix}ACCESS_KEY_SECRET, or ${prefix}PROFILE (an aliyun CLI profile)` +
        (name === 'B' ? `, or ${prefix}ROLE_ARN to reach B by AssumeRole from A.` : '.'),
    );
  };
  const A = resolveOne('A');
  const B = resolveOne('B', A);
  return { A, B };
}

/**
 * Training mode: a sandbox's own two accounts, from the keys its creation answer carried. Configured
 * keys, profiles and roles are ignored on purpose — they belong to the default cloud, and a trainee's calls must
 * reach only their sandbox. Labels and signature styles still come from the configuration.
 */
export function sandboxAccounts(env: Env, demo: readonly DemoAccount[]): Record<AccountName, Account> {
  const only = (cfg: AccountEnv): AccountEnv => ({ label: cfg.label, signature: cfg.signature });
  return resolveAccounts({
    env: { ...env, cloud: 'mock', accounts: { A: only(env.accounts.A), B: only(env.accounts.B) } },
    demo,
    assumeRole: () => Promise.reject(new Error('sandbox accounts use their own keys, never a role')),
  });
}
