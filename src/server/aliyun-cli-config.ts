// Reads profiles from the aliyun CLI's config file (~/.aliyun/config.json), the convention Alibaba users already
// have. Modes supported: AK, StsToken, RamRoleArn (the modes a laptop user has; EcsRamRole etc. are refused by name).
// node:fs, node:os and node:path are loaded when a profile is read, not with the module: accounts.ts imports this
// file, and the demo's service worker bundles accounts.ts for its demo accounts and never reads a profile
// (docs/decisions/0007-demo-in-a-service-worker.md).
import { z } from 'zod';

const profileSchema = z.looseObject({
  name: z.string(),
  mode: z.string(),
  access_key_id: z.string().optional(),
  access_key_secret: z.string().optional(),
  sts_token: z.string().optional(),
  ram_role_arn: z.string().optional(),
  ram_session_name: z.string().optional(),
  expired_seconds: z.number().optional(),
});
const configSchema = z.looseObject({ current: z.string().optional(), profiles: z.array(profileSchema) });

export type CliProfile =
  | { mode: 'AK'; accessKeyId: string; accessKeySecret: string }
  | { mode: 'StsToken'; accessKeyId: string; accessKeySecret: string; securityToken: string }
  | {
      mode: 'RamRoleArn';
      accessKeyId: string;
      accessKeySecret: string;
      roleArn: string;
      sessionName: string;
      durationSeconds: number;
    };

export function defaultCliConfigPath(): string {
  const os = process.getBuiltinModule('node:os');
  const path = process.getBuiltinModule('node:path');
  return path.join(os.homedir(), '.aliyun', 'config.json');
}

export function readCliProfile(name: string, path = defaultCliConfigPath()): CliProfile {
  const { readFileSync } = process.getBuiltinModule('node:fs');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`aliyun CLI config ${path} cannot be read (profile "${name}" was asked for).`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new Error(`aliyun CLI config ${path} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`aliyun CLI config ${path} has no "profiles" list in the expected shape.`);
  const profile = parsed.data.profiles.find((p) => p.name === name);
  if (!profile) {
    const names = parsed.data.profiles.map((p) => p.name).join(', ') || 'none';
    throw new Error(`aliyun CLI config ${path} has no profile "${name}" (profiles: ${names}).`);
  }
  const need = (field: keyof typeof profile) => {
    const value = profile[field];
    if (typeof value !== 'string' || value === '')
      throw new Error(
        `aliyun CLI profile "${name}" (mode ${profile.mode}) in ${path} lacks ${String(field)}.`,
      );
    return value;
  };
  switch (profile.mode) {
    case 'AK':
      return { mode: 'AK', accessKeyId: need('access_key_id'), accessKeySecret: need('access_key_secret') };
    case 'StsToken':
      return {
        mode: 'StsToken',
        accessKeyId: need('access_key_id'),
        accessKeySecret: need('access_key_secret'),
        securityToken: need('sts_token'),
      };
    case 'RamRoleArn':
      return {
        mode: 'RamRoleArn',
        accessKeyId: need('access_key_id'),
        accessKeySecret: need('access_key_secret'),
        roleArn: need('ram_role_arn'),
        sessionName: profile.ram_session_name || 'cen-connect',
        durationSeconds:
          profile.expired_seconds && profile.expired_seconds >= 900 ? profile.expired_seconds : 3600,
      };
    default:
      throw new Error(
        `aliyun CLI profile "${name}" uses mode ${profile.mode}; CEN Connect supports AK, StsToken and RamRoleArn.`,
      );
  }
}
