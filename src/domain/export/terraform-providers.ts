// The provider blocks both Terraform exports write: one alias per account and region, no credentials — each names an
// aliyun CLI profile, or reaches Account B by a RAM role assumed with A's profile.
import type { AccountName } from '../accounts';
import type { Plan } from '../plan/plan-types';
import { block, type Entry } from './terraform-hcl';

export interface TerraformOptions {
  /** Profiles in ~/.aliyun/config.json, shared with the aliyun CLI script; default A and B. */
  profiles?: { A: string; B: string };
  /**
   * How provider B reaches Account B: its own profile (default), or a RAM role in B assumed with A's profile
   * (the provider's assume_role block, website/docs/index.html.markdown; cen_instance_grant doc "Method 1").
   */
  accountB?: { mode: 'profile' } | { mode: 'assume-role'; roleName: string };
  /**
   * Enterprise Edition: each VPC's vRouter ID (VRouterId in Vpc DescribeVpcs), by the VPC's owner — a route entry's
   * import ID names it (docs/r/route_entry); where it is not given the import line says VRT_ID_A / VRT_ID_B.
   */
  vRouterIds?: Partial<Record<AccountName, string>>;
}

export const CREDENTIALS_NOTE = [
  '# No credentials here: each provider reads the aliyun CLI profile of the same name from ~/.aliyun/config.json,',
  '# or ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (provider docs, website/docs/index.html.markdown).',
].join('\n');

/** cn-beijing → cn_beijing: a region as part of a Terraform name. */
export const slug = (region: string) => region.replace(/[^A-Za-z0-9_]/g, '_');

/** One `provider "alicloud"` block for an account in a region. */
export function providerBlock(
  account: AccountName,
  alias: string,
  region: string,
  plan: Plan,
  options: TerraformOptions,
): string {
  const profiles = options.profiles ?? { A: 'A', B: 'B' };
  const entries: Entry[] =
    account === 'B' && options.accountB?.mode === 'assume-role'
      ? [
          ['alias', alias],
          ['region', region],
          ['profile', profiles.A],
          { blank: true },
          {
            block: 'assume_role',
            entries: [
              ['role_arn', `acs:ram::${plan.accounts.B.uid ?? ''}:role/${options.accountB.roleName}`],
            ],
          },
        ]
      : [
          ['alias', alias],
          ['region', region],
          ['profile', profiles[account]],
        ];
  return block('provider "alicloud"', entries);
}
