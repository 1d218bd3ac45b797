// Golden files pin the exports for the demo scenario: review a change as a diff of
// src/domain/export/golden/*, regenerate with `UPDATE_GOLDEN=1 npx vitest run src/domain/export`.
// Each is stored as `<export name>.golden`: an expected output is data, not source to run or lint
// (docs/decisions/0009-golden-outputs-are-data.md).
// The same files are checked by real tools: bash -n, shellcheck (when installed) and a real HCL parser.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  demoAdoptedPackage,
  demoDone,
  demoFresh,
  demoHalfway,
  demoTeardownStart,
  DEMO,
} from '../test-support/demo-fixture';
import { planEnterpriseSetup } from '../plan/enterprise-setup-plan';
import { planEnterpriseTeardown } from '../plan/enterprise-teardown-plan';
import {
  enterpriseByPackage,
  enterpriseDone,
  enterpriseFresh,
  enterpriseTeardownAll,
} from '../test-support/enterprise-fixture';
import { planSetup } from '../plan/setup-plan';
import { planTeardown } from '../plan/teardown-plan';
import { renderAliyunCliScript } from './aliyun-cli-script';
import { renderTerraform } from './terraform';

const GOLDEN = (name: string) => fileURLToPath(new URL(`./golden/${name}.golden`, import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

const cases: [string, () => string][] = [
  ['demo-setup.sh', () => renderAliyunCliScript(planSetup(demoFresh()))],
  ['demo-resume.sh', () => renderAliyunCliScript(planSetup(demoHalfway()), { scope: 'remaining' })],
  ['demo-teardown.sh', () => renderAliyunCliScript(planTeardown(demoTeardownStart()))],
  ['demo-setup.tf', () => renderTerraform(planSetup(demoFresh()))],
  ['demo-done.tf', () => renderTerraform(planSetup(demoDone()))],
  // A package bought elsewhere and adopted: its purchase period is unknown and said so, never guessed.
  ['demo-adopted.sh', () => renderAliyunCliScript(planSetup(demoAdoptedPackage()))],
  ['demo-adopted.tf', () => renderTerraform(planSetup(demoAdoptedPackage()))],
  // The same journey on Enterprise Edition transit routers (docs/reference/enterprise-edition.md §2).
  ['enterprise-setup.sh', () => renderAliyunCliScript(planEnterpriseSetup(enterpriseFresh()))],
  ['enterprise-teardown.sh', () => renderAliyunCliScript(planEnterpriseTeardown(enterpriseTeardownAll()))],
  ['enterprise-setup.tf', () => renderTerraform(planEnterpriseSetup(enterpriseFresh()))],
  // Everything made by the console: the same resources, each with its import line.
  ['enterprise-done.tf', () => renderTerraform(planEnterpriseSetup(enterpriseDone()))],
  // Paid out of a bandwidth plan instead of by data transfer.
  ['enterprise-package.tf', () => renderTerraform(planEnterpriseSetup(enterpriseByPackage()))],
];

/** What a real HCL parser must find in each Terraform golden: provider aliases → profiles, and resource types. */
const BASIC_TF = {
  providers: [
    ['a', 'A'],
    ['b', 'B'],
  ],
  resources: [
    'alicloud_cen_bandwidth_limit',
    'alicloud_cen_bandwidth_package',
    'alicloud_cen_bandwidth_package_attachment',
    'alicloud_cen_instance',
    'alicloud_cen_instance_attachment',
    'alicloud_cen_instance_grant',
  ],
};
const ENTERPRISE_TF = {
  providers: [
    ['a', 'A'],
    ['a_cn_beijing', 'A'],
    ['b', 'B'],
  ],
  resources: [
    'alicloud_cen_instance',
    'alicloud_cen_transit_router',
    'alicloud_cen_transit_router_grant_attachment',
    'alicloud_cen_transit_router_peer_attachment',
    'alicloud_cen_transit_router_route_table_association',
    'alicloud_cen_transit_router_route_table_propagation',
    'alicloud_cen_transit_router_vpc_attachment',
    'alicloud_route_entry',
  ],
};
const PACKAGE_TF = ['alicloud_cen_bandwidth_package', 'alicloud_cen_bandwidth_package_attachment'];
const shapeOf = (name: string) =>
  !name.startsWith('enterprise-')
    ? BASIC_TF
    : {
        ...ENTERPRISE_TF,
        resources: [...ENTERPRISE_TF.resources, ...(name.includes('package') ? PACKAGE_TF : [])].sort(),
      };

const has = (tool: string) => spawnSync('bash', ['-c', `command -v ${tool}`]).status === 0;
const SHELLCHECK = has('shellcheck');

// A real HCL parser, loaded only if installed: HashiCorp's hclsyntax compiled to WebAssembly (@cdktf/hcl2json).
// Not a dependency yet (no npm install in this session) — the test says so instead of passing without parsing.
const HCL_PARSER = '@cdktf/hcl2json';
type Hcl2Json = { parse: (filename: string, contents: string) => Promise<Record<string, any>> };
const SKIPPED = ` — SKIPPED: ${HCL_PARSER} is not installed (devDependency to add)`;
const hcl = await import(/* @vite-ignore */ HCL_PARSER).then(
  (m: Hcl2Json) => m,
  () => undefined,
);

describe.each(cases)('golden %s', (name, render) => {
  const text = render();

  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (update) writeFileSync(GOLDEN(name), text);
    // A missing golden fails rather than being written, so a deleted file cannot pass unnoticed.
    expect(existsSync(GOLDEN(name)), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(GOLDEN(name), 'utf8'));
  });

  it('holds no secret: no AccessKey, no demo secret', () => {
    for (const s of ['demoSecret', 'LTAI5t', 'access_key', 'secret_key', 'AccessKeySecret'])
      expect(text).not.toContain(s);
  });

  if (name.endsWith('.sh')) {
    it('passes bash -n', () => {
      const r = spawnSync('bash', ['-n'], { input: text, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });

    it.skipIf(!SHELLCHECK)(
      SHELLCHECK
        ? 'passes shellcheck'
        : 'passes shellcheck — SKIPPED: shellcheck is not installed (apt-get install shellcheck)',
      () => {
        const r = spawnSync('shellcheck', ['--shell=bash', '-'], { input: text, encoding: 'utf8' });
        expect(r.stdout).toBe('');
        expect(r.status).toBe(0);
      },
    );
  }

  if (name.endsWith('.tf')) {
    it.skipIf(!hcl)(`parses as HCL with ${HCL_PARSER}${hcl ? '' : SKIPPED}`, async () => {
      const doc = await hcl!.parse(name, text);
      const providers = (doc.provider.alicloud as { alias: string; profile: string }[]).map((p) => [
        p.alias,
        p.profile,
      ]);
      const shape = shapeOf(name);
      expect(providers).toEqual(shape.providers);
      expect(Object.keys(doc.resource as object).sort()).toEqual(shape.resources);
      if (name.startsWith('enterprise-')) {
        // The references that order the cloud's calls: B's attachment after B's grant, links on the System tables.
        const [attachB] = doc.resource.alicloud_cen_transit_router_vpc_attachment.b_cn_beijing;
        expect(attachB).toMatchObject({
          provider: '${alicloud.a_cn_beijing}',
          vpc_owner_id: DEMO.uidB,
          transit_router_id: '${alicloud_cen_transit_router.cn_beijing.transit_router_id}',
        });
        expect(attachB.depends_on[0]).toBe('${alicloud_cen_transit_router_grant_attachment.b_cn_beijing}');
        expect(attachB.zone_mappings).toHaveLength(2);
        const [grant] = doc.resource.alicloud_cen_transit_router_grant_attachment.b_cn_beijing;
        expect(grant).toMatchObject({ provider: '${alicloud.b}', cen_owner_id: DEMO.uidA });
        const [peerLink] = doc.resource.alicloud_cen_transit_router_route_table_association.peer_cn_beijing;
        expect(peerLink.transit_router_route_table_id).toBe(
          '${data.alicloud_cen_transit_router_route_tables.cn_beijing.tables[0].transit_router_route_table_id}',
        );
        return;
      }
      const [limit] = doc.resource.alicloud_cen_bandwidth_limit.cn_beijing_cn_qingdao;
      expect(limit.depends_on).toEqual([
        '${alicloud_cen_bandwidth_package_attachment.package}',
        '${alicloud_cen_instance_attachment.a_cn_qingdao}',
        '${alicloud_cen_instance_attachment.b_cn_beijing}',
      ]);
      const [grant] = doc.resource.alicloud_cen_instance_grant.b_cn_beijing;
      expect(grant).toMatchObject({ provider: '${alicloud.b}', cen_owner_id: DEMO.uidA });
    });

    it.skipIf(!hcl)(`the parser really rejects broken HCL${hcl ? '' : SKIPPED}`, async () => {
      await expect(
        hcl!.parse(
          name,
          name.startsWith('enterprise-')
            ? text.replace('bandwidth_type                = ', 'bandwidth_type                = = ')
            : text.replace('bandwidth_limit = 5', 'bandwidth_limit = '),
        ),
      ).rejects.toThrow();
    });
  }
});

it('the Enterprise done plan imports all seventeen resources it would otherwise create again', () => {
  expect(readFileSync(GOLDEN('enterprise-done.tf'), 'utf8').match(/^# {3}terraform import /gm)).toHaveLength(
    17,
  );
  expect(readFileSync(GOLDEN('enterprise-setup.tf'), 'utf8')).not.toContain('terraform import');
});

it('the done plan imports all seven resources it would otherwise create again', () => {
  const tf = readFileSync(GOLDEN('demo-done.tf'), 'utf8');
  expect(tf.match(/^# {3}terraform import /gm)).toHaveLength(7);
  expect(readFileSync(GOLDEN('demo-setup.tf'), 'utf8')).not.toContain('terraform import');
});
