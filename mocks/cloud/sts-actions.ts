// STS, for an Account B reached by role from Account A (docs/reference/cen-api.md §1.1): AssumeRole and
// GetCallerIdentity. A session's keys are accepted by the gateway with their SecurityToken and act as the
// role's account.
import type { HandlersOf } from './action-context';
import { errors } from './cloud-error';
import { vpcTime } from './formats';

export const stsActions = {
  AssumeRole(ctx, p) {
    const arn = p.RoleArn;
    const m = /^acs:ram::(\d+):role\/(.+)$/.exec(arn);
    const account = m ? ctx.world.accounts.find((a) => a.uid === m[1]) : undefined;
    const role = account?.roles.find((r) => r.name.toLowerCase() === m?.[2]?.toLowerCase());
    if (!account || !role) throw errors.roleNotFound(arn);
    if (account.uid !== ctx.caller.uid && !role.trustedUids.includes(ctx.caller.uid))
      throw errors.noPermission();
    const sessionName = p.RoleSessionName;
    const expiresAt = ctx.now + (p.DurationSeconds ?? 3600) * 1000;
    const session = {
      accessKeyId: ctx.ids.id('STS.', 25),
      accessKeySecret: ctx.ids.secret(44),
      securityToken: `CAIS${ctx.ids.secret(120)}`,
      uid: account.uid,
      roleArn: arn,
      sessionName,
      expiresAt,
    };
    ctx.world.sessions.push(session);
    return {
      Credentials: {
        AccessKeyId: session.accessKeyId,
        AccessKeySecret: session.accessKeySecret,
        SecurityToken: session.securityToken,
        Expiration: vpcTime(expiresAt),
      },
      AssumedRoleUser: {
        Arn: `acs:ram::${account.uid}:assumed-role/${role.name}/${sessionName}`,
        AssumedRoleId: `3${ctx.ids.digits(17)}:${sessionName}`,
      },
    };
  },

  GetCallerIdentity(ctx) {
    const s = ctx.session;
    if (s) {
      const role = s.roleArn.split('/').pop() ?? '';
      return {
        AccountId: ctx.caller.uid,
        Arn: `acs:ram::${ctx.caller.uid}:assumed-role/${role}/${s.sessionName}`,
        IdentityType: 'AssumedRoleUser',
        RoleId: role,
        PrincipalId: `${role}:${s.sessionName}`,
      };
    }
    return {
      AccountId: ctx.caller.uid,
      Arn: `acs:ram::${ctx.caller.uid}:root`,
      IdentityType: 'Account',
      UserId: ctx.caller.uid,
      PrincipalId: ctx.caller.uid,
    };
  },
} satisfies HandlersOf<'Sts'>;
