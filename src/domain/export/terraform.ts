// The setup plan as Terraform for the alicloud provider: two provider aliases (A owns the CEN; B owns the network
// and makes the grant), the six CEN resources of the tutorial's flow, depends_on in the order the cloud requires, and
// `terraform import` lines for what the console already made so Terraform adopts it instead of making it again.
// Argument names are the provider's current ones (aliyun/terraform-provider-alicloud @81c43b6, website/docs/r/
// cen_instance, cen_instance_grant, cen_instance_attachment, cen_bandwidth_package,
// cen_bandwidth_package_attachment, cen_bandwidth_limit .html.markdown), cited again at each resource.
import type { Plan, PlannedCall } from '../plan/plan-types';
import { renderEnterpriseTerraform, enterpriseImportCommands } from './terraform-enterprise';
import { block, ref, str, type Entry } from './terraform-hcl';
import { packageAttachmentResource, packageResource } from './terraform-package';
import { CREDENTIALS_NOTE, providerBlock, type TerraformOptions } from './terraform-providers';
import { TUTORIAL_URL } from './tutorial-url';

export type { TerraformOptions } from './terraform-providers';

interface Names {
  cen: string;
  network: Map<string, string>;
  limit: (a: string, b: string) => string;
}

function namesFor(calls: PlannedCall[]): Names {
  const network = new Map<string, string>();
  const used = new Set<string>();
  for (const c of calls.filter((x) => x.action === 'AttachCenChildInstance' && x.params.ChildInstanceId)) {
    // a_cn_qingdao / b_cn_beijing: who owns it and where, which is how the tutorial talks about them.
    const owner = c.params.ChildInstanceOwnerId ? 'b' : 'a';
    const base = `${owner}_${str(c.params.ChildInstanceRegionId).replace(/-/g, '_')}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
    used.add(name);
    network.set(str(c.params.ChildInstanceId), name);
  }
  return {
    cen: 'cen',
    network,
    limit: (a, b) => [a, b].sort().join('_').replace(/-/g, '_'),
  };
}

function providers(
  plan: Plan,
  options: TerraformOptions,
): { blocks: string[]; bAlias: (region: string) => string } {
  const profiles = options.profiles ?? { A: 'A', B: 'B' };
  const calls = plan.calls.filter((c) => c.status !== 'blocked');
  const aRegion =
    calls.find((c) => c.action === 'AttachCenChildInstance' && !c.params.ChildInstanceOwnerId)?.params
      .ChildInstanceRegionId ?? 'cn-hangzhou';
  const bRegions = [
    ...new Set(calls.filter((c) => c.key === 'Vpc.GrantInstanceToCen').map((c) => str(c.regionId))),
  ];
  const bAlias = (region: string) => (bRegions.length > 1 ? `b_${region.replace(/-/g, '_')}` : 'b');
  const blocks = [
    [
      CREDENTIALS_NOTE,
      '# CBN is a central API (cbn.aliyuncs.com), so provider a’s region only matters for A’s own resources.',
    ].join('\n'),
    block('provider "alicloud"', [
      ['alias', 'a'],
      ['region', str(aRegion)],
      ['profile', profiles.A],
    ]),
    ...bRegions.map((region) =>
      [
        `# Account B (UID ${plan.accounts.B.uid ?? 'unknown'}). The grant is made in the provider's region (the resource sends`,
        '# RegionId = the client region, resource_alicloud_cen_instance_grant.go), so this is the network’s region.',
        providerBlock('B', bAlias(region), region, plan, options),
      ].join('\n'),
    ),
  ];
  return { blocks, bAlias };
}

/** The import ID format of each resource (the "Import" section of its doc page). */
function importsFor(plan: Plan, names: Names): string[] {
  const cenId = plan.known.cenId;
  const pkgId = plan.known.bandwidthPackageId;
  const lines: string[] = [];
  for (const c of plan.calls.filter((x) => x.status === 'done' || x.status === 'waiting')) {
    const child = str(c.params.ChildInstanceId ?? c.params.InstanceId);
    const name = names.network.get(child);
    if (c.action === 'CreateCen' && cenId) lines.push(`alicloud_cen_instance.${names.cen} ${cenId}`);
    if (c.action === 'GrantInstanceToCen' && cenId && name)
      lines.push(`alicloud_cen_instance_grant.${name} ${cenId}:${child}:${str(c.params.CenOwnerId)}`);
    if (c.action === 'AttachCenChildInstance' && cenId && name)
      lines.push(
        `alicloud_cen_instance_attachment.${name} ${cenId}:${child}:${str(c.params.ChildInstanceType)}:${str(c.params.ChildInstanceRegionId)}`,
      );
    if (c.action === 'CreateCenBandwidthPackage' && pkgId)
      lines.push(`alicloud_cen_bandwidth_package.package ${pkgId}`);
    if (c.action === 'AssociateCenBandwidthPackage' && pkgId)
      lines.push(`alicloud_cen_bandwidth_package_attachment.package ${pkgId}`);
    if (c.action === 'SetCenInterRegionBandwidthLimit' && cenId) {
      const [a, b] = [str(c.params.LocalRegionId), str(c.params.OppositeRegionId)].sort();
      lines.push(`alicloud_cen_bandwidth_limit.${names.limit(str(a), str(b))} ${cenId}:${a}:${b}`);
    }
  }
  return lines.map((l) => `terraform import ${l}`);
}

/** `terraform import …` commands for the resources the console already made (done, or still settling). */
export function terraformImportCommands(plan: Plan, options: TerraformOptions = {}): string[] {
  if (plan.edition === 'Enterprise') return enterpriseImportCommands(plan, options);
  return importsFor(plan, namesFor(plan.calls));
}

export function renderTerraform(plan: Plan, options: TerraformOptions = {}): string {
  if (plan.kind !== 'setup')
    throw new Error('Terraform describes the setup; a teardown is `terraform destroy`.');
  if (plan.edition === 'Enterprise') return renderEnterpriseTerraform(plan, options);
  const calls = plan.calls;
  const names = namesFor(calls);
  const { blocks: providerBlocks, bAlias } = providers(plan, options);
  const out: string[] = [
    [
      `# CEN Connect — the setup plan as Terraform (${TUTORIAL_URL}; generated, edit freely).`,
      '# Resources and arguments: aliyun/terraform-provider-alicloud website/docs/r/cen_*.html.markdown.',
    ].join('\n'),
    block('terraform', [
      {
        block: 'required_providers',
        entries: [
          // cen_instance_name, geographic_region_*_id, payment_type and child_instance_type exist since 1.98.0.
          ['alicloud', ref('{\n      source  = "aliyun/alicloud"\n      version = ">= 1.98.0"\n    }')],
        ],
      },
    ]),
    ...providerBlocks,
  ];
  const skipped = calls.filter((c) => c.status === 'blocked');
  const live = calls.filter((c) => c.status !== 'blocked');
  const attachRefs = new Map<string, string>();

  for (const c of live) {
    const child = str(c.params.ChildInstanceId ?? c.params.InstanceId);
    const name = names.network.get(child) ?? '';
    const cenRef = ref(`alicloud_cen_instance.${names.cen}.id`);
    switch (c.action) {
      case 'CreateCen':
        out.push(
          [
            '# Step 1, Account A (docs/r/cen_instance: cen_instance_name replaces the deprecated name).',
            block(`resource "alicloud_cen_instance" "${names.cen}"`, [
              ['provider', ref('alicloud.a')],
              ['cen_instance_name', str(c.params.Name)],
              ...(c.params.Description ? [['description', str(c.params.Description)] as Entry] : []),
            ]),
          ].join('\n'),
        );
        break;
      case 'GrantInstanceToCen':
        out.push(
          [
            '# Step 2, Account B (docs/r/cen_instance_grant; deprecated since provider 1.241.0 in favour of transit-router',
            '# grants, but it is the Basic Edition call the tutorial uses). cen_owner_id is a string: UIDs pass 2^53.',
            block(`resource "alicloud_cen_instance_grant" "${name}"`, [
              ['provider', ref(`alicloud.${bAlias(str(c.regionId))}`)],
              ['cen_id', cenRef],
              ['child_instance_id', child],
              ['cen_owner_id', str(c.params.CenOwnerId)],
            ]),
          ].join('\n'),
        );
        break;
      case 'AttachCenChildInstance': {
        const granted = live.find(
          (g) => g.key === 'Vpc.GrantInstanceToCen' && str(g.params.InstanceId) === child,
        );
        attachRefs.set(str(c.params.ChildInstanceRegionId), `alicloud_cen_instance_attachment.${name}`);
        out.push(
          [
            `# Step ${c.step}, Account A (docs/r/cen_instance_attachment).${granted ? ' Needs B’s grant first, else 409 Forbbiden.AttachChildInstanceAcrossUid.' : ''}`,
            block(`resource "alicloud_cen_instance_attachment" "${name}"`, [
              ['provider', ref('alicloud.a')],
              ['instance_id', cenRef],
              // The doc example takes the child ID from the grant, which orders the two; depends_on says it outright.
              [
                'child_instance_id',
                granted ? ref(`alicloud_cen_instance_grant.${name}.child_instance_id`) : child,
              ],
              ['child_instance_type', str(c.params.ChildInstanceType)],
              ['child_instance_region_id', str(c.params.ChildInstanceRegionId)],
              // A quoted number: Terraform converts it exactly, a JSON reader of this file would not (docs/reference/cen-api.md §7).
              ...(c.params.ChildInstanceOwnerId
                ? [['child_instance_owner_id', str(c.params.ChildInstanceOwnerId)] as Entry]
                : []),
              ...(granted
                ? [
                    { blank: true } as Entry,
                    ['depends_on', [ref(`alicloud_cen_instance_grant.${name}`)]] as Entry,
                  ]
                : []),
            ]),
          ].join('\n'),
        );
        break;
      }
      case 'CreateCenBandwidthPackage':
        out.push(packageResource(c, plan.known.bandwidthPackageId));
        break;
      case 'AssociateCenBandwidthPackage':
        out.push(packageAttachmentResource());
        break;
      case 'SetCenInterRegionBandwidthLimit': {
        const [a, b] = [str(c.params.LocalRegionId), str(c.params.OppositeRegionId)];
        const deps = [a, b].map((r) => attachRefs.get(r)).filter((r): r is string => r !== undefined);
        out.push(
          [
            '# Step 5, Account A (docs/r/cen_bandwidth_limit: it "depends on the related',
            '# alicloud_cen_bandwidth_package_attachment resource and alicloud_cen_instance_attachment resource").',
            block(`resource "alicloud_cen_bandwidth_limit" "${names.limit(a, b)}"`, [
              ['provider', ref('alicloud.a')],
              ['instance_id', ref('alicloud_cen_bandwidth_package_attachment.package.instance_id')],
              ['region_ids', [a, b]],
              ['bandwidth_limit', Number(c.params.BandwidthLimit)],
              { blank: true },
              ['depends_on', [ref('alicloud_cen_bandwidth_package_attachment.package'), ...deps.map(ref)]],
            ]),
          ].join('\n'),
        );
        break;
      }
    }
  }
  if (live.some((c) => c.action === 'CreateCen'))
    out.push(block('output "cen_id"', [['value', ref(`alicloud_cen_instance.${names.cen}.id`)]]));
  if (skipped.length)
    out.push(
      skipped
        .map((c) => `# Not exported, blocked in the console: ${c.summary} — ${c.reason ?? ''}`)
        .join('\n'),
    );
  const imports = importsFor(plan, names);
  if (imports.length)
    out.push(
      [
        '# Already made by the console: import them before `terraform apply`, so Terraform adopts them instead of',
        '# making them again (import ID formats: the "Import" section of each resource doc).',
        ...imports.map((l) => `#   ${l}`),
      ].join('\n'),
    );
  return `${out.join('\n\n')}\n`;
}
