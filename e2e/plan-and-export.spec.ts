// Plan preview and exports end to end: half-way through the tutorial the preview lists what remains in
// order, by the account that acts, with the real CEN ID; each step shows "What will be sent"; the Terraform file and
// the aliyun CLI script download from the same plan, and real tools accept them (HCL parser, bash -n).
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { seedProgress, UID_B } from './seeded-progress';

test('the whole remaining run, in order, with the real IDs; each step previews its own calls', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-2');
  const world = await seedProgress(page, cloud, '#plan');
  const view = page.getByTestId('plan-view');
  const calls = view.getByTestId('plan-call');
  await expect(calls.first()).toHaveAttribute('data-action', 'Cbn.AttachCenChildInstance');
  const attach = calls.first();
  await expect(attach.getByTestId('plan-call-account')).toHaveText('Account A');
  await expect(attach.getByTestId('plan-call-params')).toContainText(`"CenId": "${world.cenId}"`);
  await expect(attach.getByTestId('plan-call-params')).toContainText(`"ChildInstanceOwnerId": "${UID_B}"`);
  await expect(calls.nth(1)).toHaveAttribute('data-action', 'Cbn.CreateCenBandwidthPackage');
  await expect(calls.nth(2)).toHaveAttribute('data-action', 'Cbn.AssociateCenBandwidthPackage');
  await expect(calls.nth(3)).toHaveAttribute('data-action', 'Cbn.SetCenInterRegionBandwidthLimit');
  await expect(view).toContainText('Already done');
  await expect(page.locator('body')).not.toContainText('demoSecret');

  // The step in view (step 3) has its own collapsible preview, keyboard-operable.
  await page
    .getByRole('navigation', { name: 'Tutorial steps' })
    .getByText('Account A attaches the network')
    .click();
  const panel = page.getByTestId('step-plan-panel');
  await panel.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('open', '');
  await expect(panel.getByTestId('plan-call')).toHaveCount(1);
  await expect(panel.getByTestId('plan-call')).toHaveAttribute('data-action', 'Cbn.AttachCenChildInstance');
});

test('downloads Terraform and the aliyun CLI script that real tools accept', async ({ page, cloud }) => {
  await cloud.reset('after-step-5');
  const world = await seedProgress(page, cloud, '#export');
  const view = page.getByTestId('export-view');
  await expect(view.getByTestId('export-imports')).toContainText(world.cenId);

  const [tf] = await Promise.all([
    page.waitForEvent('download'),
    view.getByTestId('export-terraform').click(),
  ]);
  const hcl = await readFile(await tf.path(), 'utf8');
  expect(hcl).toContain('resource "alicloud_cen_bandwidth_limit"');
  expect(hcl).toContain(world.vpcB);
  const { parse } = (await import('@cdktf/hcl2json')) as {
    parse: (name: string, text: string) => Promise<Record<string, unknown>>;
  };
  const parsed = (await parse('cen.tf', hcl)) as { resource?: Record<string, unknown> };
  expect(Object.keys(parsed.resource ?? {})).toEqual(
    expect.arrayContaining(['alicloud_cen_instance', 'alicloud_cen_instance_attachment']),
  );

  const [sh] = await Promise.all([page.waitForEvent('download'), view.getByTestId('export-cli-all').click()]);
  const script = await readFile(await sh.path(), 'utf8');
  expect(script).toContain('set -euo pipefail');
  expect(script).toContain('--profile B');
  const check = spawnSync('bash', ['-n', await sh.path()]);
  expect(check.status, check.stderr.toString()).toBe(0);
  expect(`${hcl}\n${script}`).not.toMatch(/demoSecret|LTAI5t/);
});

test('step 1 previews CreateCen with the typed name and the ClientToken the click then sends', async ({
  page,
  cloud: _cloud,
}) => {
  const sent: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    // The step sends the plan's call under its catalogue key (Cbn.CreateCen), as the preview names it.
    if (/\/api\/openapi\/(Cbn\.)?CreateCen$/.test(new URL(request.url()).pathname))
      sent.push((request.postDataJSON() as { params: Record<string, unknown> }).params);
  });
  await page.goto('/');
  const panel = page.getByTestId('step-plan-panel');
  await panel.locator('summary').click();
  const create = panel.locator('[data-action="Cbn.CreateCen"]');
  await expect(create).toHaveAttribute('data-status', 'blocked');

  // A name the form refuses is no call to show: blocked with the field's rule, the typed value nowhere.
  await page.getByLabel('Name').fill('1bad');
  await expect(create).toContainText('Step 1: The name must be 2–128 characters');
  await expect(create).not.toContainText('1bad');

  await page.getByLabel('Name').fill('DifferentAccountDifferentRegion');
  await expect(create).toHaveAttribute('data-status', 'pending');
  const params = create.getByTestId('plan-call-params');
  await expect(params).toContainText('"Name": "DifferentAccountDifferentRegion"');
  await expect(params).toContainText(/"ClientToken": "[0-9a-f-]{36}"/);
  const shown = JSON.parse((await params.textContent()) ?? '{}') as Record<string, unknown>;
  expect(sent).toEqual([]);

  await page.getByRole('button', { name: 'Create CEN instance' }).click();
  await expect(page.getByTestId('cen-status')).toBeVisible();
  expect(sent).toEqual([shown]);
});
