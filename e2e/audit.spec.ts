// The audit view end to end: the BFF's log of the calls this browser caused, with account and result
// filters applied by the BFF, and the JSON-lines download holding the same entries without any secret.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { seedProgress } from './seeded-progress';

test('lists the calls, filters by account and result, downloads JSON lines', async ({ page, cloud }) => {
  await cloud.reset('after-step-5');
  // The picture reads both accounts, so the log has calls of A and of B.
  await seedProgress(page, cloud, '#topology');
  await expect(page.getByTestId('topology-network')).toHaveCount(2);
  await page.getByTestId('feature-tab-audit').click();
  const view = page.getByTestId('audit-view');
  const rows = view.getByTestId('audit-row');
  await expect(rows.first()).toBeVisible();
  await expect(view.getByTestId('audit-table')).toContainText('Cbn.DescribeCens');
  await expect(view.getByTestId('audit-table')).toContainText('Vpc.DescribeVpcs');

  await view.getByLabel('Account').selectOption('B');
  await expect(view.getByTestId('audit-table')).not.toContainText('Account A');
  await expect(rows.first()).toContainText('Account B');
  await expect(view.getByTestId('audit-download')).toHaveAttribute(
    'href',
    '/api/audit?account=B&format=jsonl',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByTestId('audit-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.jsonl$/);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const entry = JSON.parse(line) as Record<string, unknown>;
    expect(entry.account).toBe('B');
    for (const field of ['time', 'action', 'outcome', 'httpStatus', 'durationMs'])
      expect(entry).toHaveProperty(field);
  }
  expect(lines.join('\n')).not.toMatch(/demoSecret|AccessKeySecret/);

  await view.getByLabel('Account').selectOption('');
  await view.getByLabel('Result').selectOption('error');
  await expect(view.getByTestId('audit-download')).toHaveAttribute(
    'href',
    '/api/audit?outcome=error&format=jsonl',
  );
  for (const row of await rows.all()) await expect(row).toHaveAttribute('data-outcome', 'error');
});
