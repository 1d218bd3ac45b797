// POST /api/openapi/:action — the allow-listed thin proxy. Order matters and is the point of the BFF:
// allow-list → validate → (only then) sign and send. Nothing is signed for a refused request.
import { Hono, type Context } from 'hono';
import { actionKey, resolveAction } from '../../domain/openapi/actions';
import { bffBodySchema, bodyRegion } from '../../domain/openapi/bff-request';
import { regionIdSchema } from '../../domain/regions';
import type { AuditEntry, AuditLog } from '../audit-log';
import type { Account } from '../accounts';
import type { CloudClient } from '../cloud-client';
import { badRequest, errorResponse, fieldErrors, readJson } from '../json-body';
import { sandboxExpired, type RequestScope, type SandboxSessions } from '../sandbox-session';
import { tallyCall } from '../training-debrief';

export interface OpenApiRouteDeps {
  /** The sandbox and accounts this request acts for (training: the session's; else the default cloud's). */
  scope: (c: Context) => Promise<RequestScope | undefined>;
  client: CloudClient;
  audit: AuditLog;
  /** Training mode only: to notice that the session's sandbox has expired in the mock. */
  sessions?: SandboxSessions;
}

export function openApiRoutes(deps: OpenApiRouteDeps) {
  const app = new Hono();
  app.post('/:action', async (c) => {
    const name = c.req.param('action');
    const spec = resolveAction(name);
    if (!spec || 'ambiguous' in spec || !spec.proxied) {
      if (spec && 'ambiguous' in spec)
        return errorResponse(
          c,
          badRequest(
            'AmbiguousAction',
            `${name} exists in several products; call one of: ${spec.ambiguous.join(', ')}.`,
          ),
        );
      return errorResponse(c, {
        code: 'ActionNotAllowed',
        message: `${name} is not in CEN Connect's catalogue of allowed OpenAPI actions (src/domain/openapi/actions.ts); nothing was signed.`,
        httpStatus: 403,
        source: 'bff',
      });
    }
    const body = await readJson(c, bffBodySchema);
    if (!body.ok) return errorResponse(c, body.error);
    const { account: accountName } = body.data;
    // The one rule of where a request acts (bff-request.ts bodyRegion, also the console's and the plan's): a regional
    // action's region is the body's regionId, else its params.RegionId; a central action has none, whatever the body
    // says. That one value is the host, the signed RegionId and the audit line's region.
    const regionId = bodyRegion(spec, body.data);
    if (spec.regional && !regionId)
      return errorResponse(
        c,
        badRequest('MissingRegion', `${spec.action} is a regional ${spec.product} action: send regionId.`, {
          regionId: 'required for this action',
        }),
      );
    // A region given inside params (when no top-level regionId overrides it) goes into the host name
    // (vpc.<region>.aliyuncs.com), so it is held to the same catalogue as the top-level regionId before signing.
    if (spec.regional && body.data.regionId === undefined && !regionIdSchema.safeParse(regionId).success)
      return errorResponse(
        c,
        badRequest(
          'InvalidParameter',
          `params.RegionId: ${regionId} is not a region in the CEN area catalogue.`,
          {
            'params.RegionId': 'Unknown region: not in the CEN area catalogue.',
          },
        ),
      );
    const rawParams = spec.regional ? { ...body.data.params, RegionId: regionId } : body.data.params;
    const parsed = spec.params.safeParse(rawParams);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error, 'params');
      const summary = Object.entries(fields)
        .map(([path, message]) => `${path}: ${message}`)
        .join('; ');
      return errorResponse(
        c,
        badRequest('InvalidParameter', `${spec.action} was refused before signing: ${summary}`, fields),
      );
    }
    const params = parsed.data;
    // A write that can carry a ClientToken must carry one: the console persists it per step, so a retry after a
    // lost response returns the first result instead of creating a second CEN or buying a second package.
    if (spec.write && spec.clientToken && typeof params.ClientToken !== 'string')
      return errorResponse(
        c,
        badRequest(
          'MissingClientToken',
          `${spec.action} creates or buys something: send params.ClientToken so a retry is safe.`,
          {
            'params.ClientToken': 'required for this write',
          },
        ),
      );

    const scope = await deps.scope(c);
    if (!scope) throw new Error('openapi routes need a scope');
    let account: Account;
    try {
      account = (await scope.accounts())[accountName];
    } catch (e) {
      return errorResponse(c, {
        code: 'AccountUnavailable',
        message: (e as Error).message,
        httpStatus: 503,
        source: 'bff',
      });
    }
    const started = performance.now();
    let credentials;
    try {
      credentials = await account.credentials();
    } catch (e) {
      return errorResponse(c, {
        code: 'CredentialsUnavailable',
        message: `Account ${accountName}'s credentials could not be obtained: ${(e as Error).message}`,
        httpStatus: 502,
        source: 'bff',
      });
    }
    const result = await deps.client.call({
      spec,
      credentials,
      signatureStyle: account.signatureStyle,
      regionId,
      params,
    });
    const entry: AuditEntry = {
      time: new Date().toISOString(),
      sandbox: scope.sandbox,
      account: accountName,
      action: actionKey(spec),
      product: spec.product,
      regionId,
      write: spec.write,
      params,
      requestId: result.ok ? result.requestId : result.error.requestId,
      outcome: result.ok ? 'ok' : 'error',
      code: result.ok ? undefined : result.error.code,
      httpStatus: result.ok ? result.httpStatus : result.error.httpStatus,
      attempts: result.attempts,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    const { written } = deps.audit.record(entry);
    // A write's line is in the audit file before its answer leaves, so a killed server loses none it answered.
    if (spec.write) await written;
    if (scope.session) tallyCall(scope.session.tally, entry);
    // An expired sandbox's keys are refused like deleted keys (mocks/README.md, "Sandboxes"): say what really happened.
    if (
      !result.ok &&
      result.error.code === 'InvalidAccessKeyId.NotFound' &&
      scope.session &&
      deps.sessions &&
      (await deps.sessions.confirmGone(scope.session))
    )
      return errorResponse(c, sandboxExpired(deps.sessions.idleMinutes));
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.body);
  });
  return app;
}
