// Step 6 diagnosis end to end: the path check reads both accounts through the BFF and the mock cloud,
// names the hop that blocks a ping, offers the one-call fix behind a confirmation, and the active test runs
// `ping -c 4` through Cloud Assistant (RunCommand + DescribeInvocationResults) with the mock's real output.
import { test, expect, type MockCloud } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openStepWithCen } from './open-with-cen';

async function openStep6(page: Page, cloud: MockCloud) {
  await openStepWithCen(page, cloud, 'Test the connectivity');
  await page.getByTestId('diagnosis-run').click();
}

test('the happy path is reachable both ways and ping gets 4 replies', async ({ page, cloud }) => {
  await cloud.reset('after-step-5');
  await openStep6(page, cloud);
  await expect(page.getByTestId('diagnosis-verdict')).toContainText('Reachable', { timeout: 20_000 });
  await expect(page.getByTestId('hop-target-ingress').first()).toHaveAttribute('data-verdict', 'pass');

  const ping = page.getByTestId('ping-A');
  await ping.getByRole('button').click();
  await expect(ping.getByTestId('ping-A-outcome')).toContainText('4 of 4 replies', { timeout: 20_000 });
  await expect(ping.getByTestId('ping-A-output')).toContainText('4 packets transmitted, 4 received');
  await expect(ping.getByTestId('ping-A-stats')).toContainText('loss 0%');
  // Labelled and readable: no WCAG A/AA violations in the diagnosis (verdicts are words, not colour alone).
  const axe = await new AxeBuilder({ page })
    .include('section[aria-label="Path check, hop by hop"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
});

test('names the security group that drops ICMP, fixes it after confirmation, then ping passes', async ({
  page,
  cloud,
}) => {
  await cloud.reset('sg-blocks-icmp');
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/openapi/') && r.url().includes('AuthorizeSecurityGroup')) writes.push(r.url());
  });
  await openStep6(page, cloud);
  const verdict = page.getByTestId('diagnosis-verdict');
  await expect(verdict).toContainText('Blocked', { timeout: 20_000 });
  await expect(verdict).toContainText('Target security group (Account B) accepts ICMP from the source');

  const aToB = page.getByTestId('direction-A-B');
  const hop = aToB.getByTestId('hop-target-ingress');
  await expect(hop).toHaveAttribute('data-verdict', 'blocked');
  await expect(hop).toContainText('Blocked here');
  await expect(hop).toContainText(/No inbound rule in sg-\w+ \(sg-b-beijing\) accepts ICMP/);
  await expect(page.getByTestId('direction-B-A')).toContainText('Reachable');

  // Keyboard: the fix opens and is confirmed with Enter.
  await hop.getByTestId('fix-button').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Ecs.AuthorizeSecurityGroup');
  await expect(dialog.getByTestId('fix-params')).toContainText('"IpProtocol": "ICMP"');
  expect(writes).toEqual([]);
  await dialog.getByRole('button', { name: 'Send it' }).focus();
  await page.keyboard.press('Enter');

  await expect(verdict).toContainText('Reachable', { timeout: 20_000 });
  expect(writes).toHaveLength(1);
  const ping = page.getByTestId('ping-A');
  await ping.getByRole('button').click();
  await expect(ping.getByTestId('ping-A-outcome')).toContainText('4 of 4 replies', { timeout: 20_000 });
});

test('a refused Describe in Account B is "could not inspect", never a pass', async ({
  page,
  cloud,
  consoleErrors,
}) => {
  await cloud.reset('after-step-5');
  await cloud.setFault({
    id: 'b-no-sg',
    account: 'B',
    action: 'DescribeSecurityGroupAttribute',
    code: 'Forbidden.RAM',
    httpStatus: 403,
  });
  await openStep6(page, cloud);
  const verdict = page.getByTestId('diagnosis-verdict');
  await expect(verdict).toContainText('Not fully checked', { timeout: 20_000 });
  const hop = page.getByTestId('direction-A-B').getByTestId('hop-target-ingress');
  await expect(hop).toHaveAttribute('data-verdict', 'unknown');
  await expect(hop).toContainText('Could not inspect');
  await expect(hop).toContainText('Forbidden.RAM');
  // Chromium logs the refused call itself ("status of 403"); that one is expected here, anything else is not.
  const unexpected = consoleErrors.filter((e) => !/status of 403/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});

test('the path check speaks Chinese when the console does', async ({ page, cloud }) => {
  await cloud.reset('sg-blocks-icmp');
  await openStepWithCen(page, cloud, 'Test the connectivity');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await page.getByTestId('diagnosis-run').click();
  const hop = page.getByTestId('direction-A-B').getByTestId('hop-target-ingress');
  await expect(hop).toContainText('在此处被阻断', { timeout: 20_000 });
  await expect(hop).toContainText('入方向默认拒绝');
  await expect(page.getByTestId('diagnosis-verdict')).toContainText('连通性被阻断');
});
