// The exports on Enterprise Edition end to end, from the mock's "enterprise-after-step-5" world (the CEN, a router
// per region, B's grant, both VPC attachments linked to their System tables, the peer attachment and the VPC
// routes, all made through the API): the export view lists import lines with the cloud's real IDs, and the
// Terraform file and the aliyun CLI script it downloads hold the transit-router resources and calls, which a real
// HCL parser and bash -n accept (docs/reference/enterprise-edition.md §3). The view passes axe.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { UID_A, UID_B, seedEnterpriseProgress } from './seeded-progress';

interface EnterpriseState {
  cens: { id: string; ownerUid: string }[];
  vpcs: { id: string; name: string; regionId: string }[];
}

test('downloads the transit routers’ Terraform and CLI script, with import lines for what exists', async ({
  page,
  cloud,
}) => {
  test.setTimeout(120_000);
  await cloud.reset('enterprise-after-step-5');
  const state = (await cloud.state()) as unknown as EnterpriseState;
  // The progress steps 1–5 would have saved on Enterprise Edition.
  const { vpcB } = await seedEnterpriseProgress(page, state, 5, {
    interRegionPayBy: 'DataTransfer',
  });
  await page.goto('/#export');

  const view = page.getByTestId('export-view');
  await expect(view.getByTestId('export-edition-note')).toContainText('Enterprise Edition', {
    timeout: 30_000,
  });
  const imports = view.getByTestId('export-imports');
  await expect(imports).toContainText('alicloud_cen_transit_router_peer_attachment.peer', {
    timeout: 30_000,
  });
  await expect(imports).toContainText(
    `alicloud_cen_transit_router_grant_attachment.b_cn_beijing VPC:${vpcB!.id}`,
  );
  await expect(imports).not.toContainText('alicloud_cen_instance_attachment');
  // The route entries' import IDs name each VPC's vRouter, read from DescribeVpcs: no placeholder is left.
  await expect(imports).toContainText(/alicloud_route_entry\.b_cn_beijing vtb-[^:]+:vrt-[^:]+:/);
  await expect(imports).not.toContainText('VRT_ID_');
  await expect(view.getByTestId('export-vrouter-note')).toHaveCount(0);

  const [tf] = await Promise.all([
    page.waitForEvent('download'),
    view.getByTestId('export-terraform').click(),
  ]);
  const hcl = await readFile(await tf.path(), 'utf8');
  const { parse } = (await import('@cdktf/hcl2json')) as {
    parse: (name: string, text: string) => Promise<Record<string, unknown>>;
  };
  const parsed = (await parse('cen.tf', hcl)) as { resource?: Record<string, unknown> };
  expect(Object.keys(parsed.resource ?? {})).toEqual(
    expect.arrayContaining([
      'alicloud_cen_instance',
      'alicloud_cen_transit_router',
      'alicloud_cen_transit_router_grant_attachment',
      'alicloud_cen_transit_router_vpc_attachment',
      'alicloud_cen_transit_router_route_table_association',
      'alicloud_cen_transit_router_route_table_propagation',
      'alicloud_cen_transit_router_peer_attachment',
      'alicloud_route_entry',
    ]),
  );
  expect(hcl).toContain(`vpc_owner_id      = "${UID_B}"`);
  expect(hcl).toContain(`cen_owner_id  = "${UID_A}"`);

  const [sh] = await Promise.all([page.waitForEvent('download'), view.getByTestId('export-cli-all').click()]);
  const script = await readFile(await sh.path(), 'utf8');
  expect(script).toContain('aliyun cbn CreateTransitRouterVpcAttachment');
  expect(script).not.toContain('AttachCenChildInstance');
  const check = spawnSync('bash', ['-n', await sh.path()]);
  expect(check.status, check.stderr.toString()).toBe(0);
  expect(`${hcl}\n${script}`).not.toMatch(/demoSecret|LTAI5t/);

  await expectNoSeriousA11yViolations(page, 'export (Enterprise Edition)');
});
