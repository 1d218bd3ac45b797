// The topology picture end to end: after the tutorial's five steps the diagram shows the CEN, both
// accounts' VPCs with their CIDRs in their regions, the 5 Mbps connection and the 8 Mbps package; it downloads as
// SVG and PNG. A screenshot is kept for review.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { seedProgress } from './seeded-progress';

test('draws the finished setup and downloads it as SVG and PNG', async ({ page, cloud }) => {
  await cloud.reset('after-step-5');
  const world = await seedProgress(page, cloud, '#topology');
  const svg = page.getByRole('img', { name: /Diagram of the CEN/ });
  await expect(svg).toBeVisible();
  await expect(svg.getByTestId('topology-cen')).toContainText(world.cenId);
  await expect(svg.getByTestId('topology-cen')).toContainText('Active');
  await expect(svg.getByTestId('topology-network')).toHaveCount(2);
  await expect(svg.locator(`[data-network="${world.vpcA}"]`)).toContainText('172.16.0.0/16');
  await expect(svg.locator(`[data-network="${world.vpcB}"]`)).toContainText('192.168.0.0/16');
  await expect(svg.locator(`[data-network="${world.vpcB}"]`)).toContainText('Attached');
  await expect(svg.getByTestId('topology-edge')).toContainText('5 Mbps');
  await expect(svg.getByTestId('topology-package-totals')).toHaveText('8 Mbps total · 5 Mbps allocated');

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toMatch(/^cen-connect-topology-.*\.svg$/);
  const text = await readFile(await svgDownload.path(), 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain(world.cenId);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile(await pngDownload.path());
  // PNG signature, and a real picture (not an empty canvas): several KB.
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.length).toBeGreaterThan(10_000);
});

test('after step 4: the package is drawn with nothing allocated, and no connection yet', async ({
  page,
  cloud,
}) => {
  await cloud.reset('after-step-4');
  await seedProgress(page, cloud, '#topology');
  const svg = page.getByRole('img', { name: /Diagram of the CEN/ });
  await expect(svg.getByTestId('topology-package')).toContainText('0 Mbps allocated');
  await expect(svg.getByTestId('topology-edge')).toHaveCount(0);
});
