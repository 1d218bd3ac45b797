// Sts (API version 2015-04-01): used by the BFF itself to reach Account B by role and to learn a live account's
// UID; never through the proxy (docs/reference/cen-api.md §1.1).
import { z } from 'zod';
import { defineActions, read, requestId } from './action-define';
import { text } from './param-limits';
import { wireInt } from './wire-values';

export const STS_ACTIONS = defineActions('Sts', {
  AssumeRole: read({
    params: z.object({
      // Lengths (docs/reference/cen-api.md §5 "Parameter lengths"): Policy 1–2048 as documented; RoleArn's 256
      // is UNCONFIRMED (an ARN holds a UID and a role name of at most 64 characters).
      RoleArn: text(256).regex(/^acs:ram::\d+:role\/.+$/),
      RoleSessionName: z.string().regex(/^[\w.@-]{2,64}$/),
      DurationSeconds: wireInt(900, 43200).optional(),
      Policy: text(2048, 1).optional(),
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
