// Step 6 on Enterprise Edition end to end, from the mock's "enterprise-after-step-5" world (both VPCs attached to
// their transit routers, the routers connected, every link Active, each VPC routing the other's CIDR block to its
// attachment): keyboard only, Account A and Account B each pick their ECS instance, the path check follows the
// transit routers' hops and finds the path reachable, and the ping through Cloud Assistant answers both ways, which
// ends the step. Then from the same world with B's propagation taken back (what the training file
// ee-propagation-forgotten does): the check names that hop, its one-call fix (the plan's own
// EnableTransitRouterRouteTablePropagation) is sent after confirmation, the check runs again by itself while the
// propagation is Enabling, and the ping then passes (docs/reference/enterprise-edition.md §2 steps 6 and 10).
import { test, expect, type MockCloud } from './fixtures';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { press, selectByKeyboard } from './keyboard';
import { seedEnterpriseProgress } from './seeded-progress';
import { expectStepDone, openStep, recordCalls } from './walk';

interface EnterpriseState {
  cens: { id: string; ownerUid: string }[];
  vpcs: { id: string; name: string; regionId: string }[];
  transit: {
    routers: { id: string; regionId: string }[];
    vpcAttachments: { id: string; vpcId: string }[];
    propagations: { attachmentId: string; routeTableId: string; status: string }[];
  };
}

const IP = { A: '172.16.1.10', B: '192.168.1.20' } as const;
const PATIENT = { timeout: 60_000 };

/** The progress steps 1–5 would have saved on Enterprise Edition for this world, then step 6 opened. */
async function openStep6(page: Page, cloud: MockCloud): Promise<EnterpriseState> {
  const state = (await cloud.state()) as unknown as EnterpriseState;
  await seedEnterpriseProgress(page, state, 5, {
    grantOrderType: 'PayByCenOwner',
    interRegionPayBy: 'DataTransfer',
    routes: 'RouteEntry',
  });
  await page.goto('/');
  await openStep(page, 6);
  return state;
}

/** Each side's instance, picked from the keyboard (no ID typed). */
async function pickBoth(page: Page): Promise<void> {
  for (const [region, name] of [
    ['China North 1 \\(Qingdao\\)', /a-qingdao-ecs/],
    ['China North 2 \\(Beijing\\)', /b-beijing-ecs/],
  ] as const)
    await selectByKeyboard(
      page,
      page.getByLabel(new RegExp(`^ECS instance in vpc-.* \\(${region}\\)$`)),
      name,
    );
  await expect(page.getByTestId('ping-from-A')).toHaveText(`ping -c 4 ${IP.B}`);
  await expect(page.getByTestId('ping-from-B')).toHaveText(`ping -c 4 ${IP.A}`);
}

/** The ping both ways through Cloud Assistant, from the keyboard: 4 of 4 replies each. */
async function pingBothWays(page: Page): Promise<void> {
  for (const [from, to] of [
    ['A', IP.B],
    ['B', IP.A],
  ] as const) {
    const section = page.getByTestId(`ping-${from}`);
    await press(
      page,
      section.getByRole('button', { name: `Active test (Cloud Assistant): ping -c 4 ${to}` }),
    );
    await expect(section.getByTestId(`ping-${from}-outcome`)).toContainText('4 of 4 replies', PATIENT);
  }
}

test('both accounts pick their instance by keyboard, the transit-router path is reachable and the ping answers both ways', async ({
  page,
  cloud,
}) => {
  test.setTimeout(240_000);
  await cloud.reset('enterprise-after-step-5');
  const writes = recordCalls(page, '(Create|Enable|Associate|Grant)\\w+');
  await openStep6(page, cloud);
  await pickBoth(page);

  await press(page, page.getByRole('button', { name: 'Check the path' }));
  await expect(page.getByTestId('diagnosis-verdict')).toContainText('Reachable', PATIENT);
  const aToB = page.getByTestId('direction-A-B');
  // The transit routers' hops, not Basic's region connection.
  await expect(aToB.getByTestId('hop-peer-attachment')).toHaveAttribute('data-verdict', 'pass');
  await expect(aToB.getByTestId('hop-target-propagation')).toHaveAttribute('data-verdict', 'pass');
  await expect(aToB.getByTestId('hop-region-connection')).toHaveCount(0);

  await pingBothWays(page);
  await expectStepDone(page, 6);
  // The check and the pings wrote nothing but RunCommand.
  expect(writes).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'step 6 on Enterprise Edition');
});

test('B’s propagation taken back: the check names it, the fix is sent after confirmation, and the ping then passes', async ({
  page,
  cloud,
  request,
}) => {
  test.setTimeout(240_000);
  await cloud.reset('enterprise-after-step-5');
  const before = (await cloud.state()) as unknown as EnterpriseState;
  const vpcB = before.vpcs.find((v) => v.name === 'B-Beijing-VPC');
  const attachmentB = before.transit.vpcAttachments.find((a) => a.vpcId === vpcB?.id)?.id;
  const link = before.transit.propagations.find((l) => l.attachmentId === attachmentB);
  expect(link, 'B’s attachment propagates to its router’s table').toBeTruthy();
  // The break, as the training file makes it: Account A disables the propagation, which then goes.
  const disabled = await request.post('/api/openapi/Cbn.DisableTransitRouterRouteTablePropagation', {
    data: {
      account: 'A',
      params: {
        TransitRouterAttachmentId: attachmentB,
        TransitRouterRouteTableId: link?.routeTableId,
        ClientToken: 'e2e-break-propagation-b',
      },
    },
  });
  expect(disabled.ok(), await disabled.text()).toBe(true);
  await expect
    .poll(
      async () =>
        ((await cloud.state()) as unknown as EnterpriseState).transit.propagations.some(
          (l) => l.attachmentId === attachmentB,
        ),
      PATIENT,
    )
    .toBe(false);

  const fixes = recordCalls(page, 'EnableTransitRouterRouteTablePropagation');
  await openStep6(page, cloud);
  await pickBoth(page);
  await press(page, page.getByRole('button', { name: 'Check the path' }));
  const verdict = page.getByTestId('diagnosis-verdict');
  await expect(verdict).toContainText('Blocked', PATIENT);
  const hop = page.getByTestId('direction-A-B').getByTestId('hop-target-propagation');
  await expect(hop).toHaveAttribute('data-verdict', 'blocked');
  await expect(hop).toHaveAttribute('aria-current', 'step');
  await expect(hop).toContainText(attachmentB!);
  await expectNoSeriousA11yViolations(page, 'step 6 on Enterprise Edition, blocked');

  await press(page, hop.getByTestId('fix-button'));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Cbn.EnableTransitRouterRouteTablePropagation');
  await expect(dialog.getByTestId('fix-params')).toContainText(
    `"TransitRouterAttachmentId": "${attachmentB}"`,
  );
  expect(fixes).toEqual([]);
  await dialog.getByRole('button', { name: 'Send it' }).focus();
  await page.keyboard.press('Enter');

  // No click: the check runs again after the fix, and by itself while the propagation is Enabling.
  await expect(verdict).toContainText('Reachable', PATIENT);
  expect(fixes).toHaveLength(1);
  await pingBothWays(page);
  await expectStepDone(page, 6);
});
