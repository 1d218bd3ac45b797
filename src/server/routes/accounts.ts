// GET /api/accounts — who the console acts as: label, UID, mode and a masked AccessKey ID. Never a secret.
import { Hono, type Context } from 'hono';
import type { AccountName } from '../../domain/accounts';
import { maskAccessKeyId, type Account } from '../accounts';
import type { RequestScope } from '../sandbox-session';

export interface AccountsRouteDeps {
  cloud: 'mock' | 'live';
  /** Training mode: the session's sandbox accounts; else the configured ones. */
  scope: (c: Context) => Promise<RequestScope | undefined>;
  /** Learns a UID the configuration did not give (STS GetCallerIdentity), once per account. */
  resolveUid: (account: Account) => Promise<string | undefined>;
}

export function accountsRoutes(deps: AccountsRouteDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const scope = await deps.scope(c);
    if (!scope) throw new Error('accounts route needs a scope');
    let accounts: Record<AccountName, Account>;
    try {
      accounts = await scope.accounts();
    } catch (e) {
      return c.json(
        {
          error: {
            code: 'AccountUnavailable',
            message: (e as Error).message,
            httpStatus: 503,
            source: 'bff',
          },
        },
        503,
      );
    }
    const list = await Promise.all(
      (['A', 'B'] as const).map(async (name) => {
        const account = accounts[name];
        const uid = account.uid ?? (await deps.resolveUid(account).catch(() => undefined));
        return {
          name,
          label: account.label,
          uid: uid ?? null,
          mode: account.mode,
          accessKeyId: maskAccessKeyId(account.accessKeyId),
          signatureStyle: account.signatureStyle,
        };
      }),
    );
    return c.json({ cloud: deps.cloud, accounts: list });
  });
  return app;
}
