// The bandwidth plan as Terraform, the same on both editions: bought and attached to the CEN by Account A
// (docs/r/cen_bandwidth_package, cen_bandwidth_package_attachment; aliyun/terraform-provider-alicloud @81c43b6).
// On Enterprise Edition only when the inter-region connection is paid out of a plan
// (docs/reference/enterprise-edition.md §2 steps 7–8).
import type { PlannedCall } from '../plan/plan-types';
import { block, ref, str, type Entry } from './terraform-hcl';

function periodInMonths(call: PlannedCall): number | undefined {
  const months = Number(call.params.Period) * (call.params.PricingCycle === 'Year' ? 12 : 1);
  // The provider's `period` is in months and only takes 1, 2, 3, 6, 12 (cen_bandwidth_package doc).
  return [1, 2, 3, 6, 12].includes(months) ? months : undefined;
}

/** `period`, or a comment saying why there is none: pay-as-you-go, unknown, or no provider value. */
function periodEntries(call: PlannedCall, packageId: string | undefined): Entry[] {
  if (call.params.BandwidthPackageChargeType === 'POSTPAY') return [];
  if (call.params.Period === undefined)
    // An adopted package: DescribeCenBandwidthPackages does not list the period (docs/reference/cen-api.md §2 step 4).
    return [
      {
        comment: `period: UNKNOWN — ${packageId ?? 'this package'} was not bought by CEN Connect and the API does not`,
      },
      {
        comment:
          'list its purchase period. Imported, it stays as it is; to buy a new one, set period (1, 2, 3, 6 or',
      },
      { comment: '12 months) — the provider buys 1 month when it is left out.' },
    ];
  const months = periodInMonths(call);
  return months
    ? [['period', months]]
    : [
        {
          comment: `period: ${str(call.params.Period)} ${str(call.params.PricingCycle)} has no provider value (1, 2, 3, 6, 12 months); set it in the console.`,
        },
      ];
}

/** CreateCenBandwidthPackage as `alicloud_cen_bandwidth_package.package`. */
export function packageResource(c: PlannedCall, packageId: string | undefined): string {
  return [
    '# Step 4, Account A (docs/r/cen_bandwidth_package). PrePaid: "Terraform cannot destroy it" — `terraform destroy`',
    '# only drops it from the state; it is billed until it expires.',
    block('resource "alicloud_cen_bandwidth_package" "package"', [
      ['provider', ref('alicloud.a')],
      ['bandwidth', Number(c.params.Bandwidth)],
      ['geographic_region_a_id', str(c.params.GeographicRegionAId)],
      ['geographic_region_b_id', str(c.params.GeographicRegionBId)],
      ['cen_bandwidth_package_name', str(c.params.Name)],
      ['payment_type', c.params.BandwidthPackageChargeType === 'POSTPAY' ? 'PostPaid' : 'PrePaid'],
      ...periodEntries(c, packageId),
    ]),
  ].join('\n');
}

/** AssociateCenBandwidthPackage as `alicloud_cen_bandwidth_package_attachment.package`. */
export function packageAttachmentResource(): string {
  return [
    '# Step 4, Account A (docs/r/cen_bandwidth_package_attachment).',
    block('resource "alicloud_cen_bandwidth_package_attachment" "package"', [
      ['provider', ref('alicloud.a')],
      ['instance_id', ref('alicloud_cen_instance.cen.id')],
      ['bandwidth_package_id', ref('alicloud_cen_bandwidth_package.package.id')],
    ]),
  ].join('\n');
}
