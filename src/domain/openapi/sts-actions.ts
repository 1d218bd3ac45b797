// Sts (API version 2015-04-01): used by the BFF itself to reach Account B by role and to learn a live account's
// UID; never through the proxy (docs/reference/cen-api.md §1.1).
import { z } from 'zod';
import { defineActions, read, requestId } from './action-define';
import { wireInt } from './wire-values';

export const STS_ACTIONS = defineActions('Sts', {
  AssumeRole: read({
    params: z.object({
      RoleArn: z.string().regex(/^acs:ram::\d+:role\/.+$/),
      RoleSessionName: z.string().regex(/^[\w.@-]{2,64}$/),
      DurationSeconds: wireInt(900, 43200).optional(),
      Policy: z.string().optional(),
    }),
    response: z.looseObject({
      ...requestId,
      Credentials: z.object({
        AccessKeyId: z.string(),
        AccessKeySecret: z.string(),
        SecurityToken: z.string(),
        Expiration: z.string(),
      }),
      AssumedRoleUser: z.looseObject({ Arn: z.string(), AssumedRoleId: z.string() }).optional(),
    }),
    proxied: false,
  }),
  GetCallerIdentity: read({
    params: z.object({}),
    // AccountId is the caller's UID; the BFF asks once per live account that has no UID configured.
    response: z.looseObject({
      ...requestId,
      AccountId: z.string(),
      Arn: z.string(),
      IdentityType: z.string().optional(),
    }),
    proxied: false,
  }),
});
