// Step 5 on Enterprise Edition end to end, from the mock's "enterprise-after-step-4" world (both VPCs Attached to
// their routers and linked to the System tables, step 4 paying by data transfer): Account A connects the two routers
// with a 2 Mbps cap, keyboard only, sees Attaching → Attached, associates and propagates the connection on both
// routers' System tables until Active, then each VPC's owner adds its route to the other VPC's CIDR block, Pending →
// Available; a reload shows the connection, not the form (docs/reference/enterprise-edition.md §2 steps 8–10). The
// screen passes axe.
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { press, typeInto } from './keyboard';
import { seedEnterpriseProgress } from './seeded-progress';
import { expectStepDone, openStep, recordCalls } from './walk';

interface EnterpriseState {
  cens: { id: string; ownerUid: string }[];
  vpcs: { id: string; name: string; regionId: string }[];
  transit: {
    peerAttachments: { bandwidth: number; bandwidthType: string; status?: string }[];
    associations: { attachmentId: string; status: string }[];
    propagations: { attachmentId: string; status: string }[];
    vpcRoutes: { destination: string; ownerUid: string; status?: string }[];
  };
}

test('Account A connects the routers by keyboard, links the connection on both tables, and each VPC routes to the other', async ({
  page,
  cloud,
}) => {
  test.setTimeout(240_000);
  await cloud.setDelay(1500);
  await cloud.reset('enterprise-after-step-4');
  const state = (await cloud.state()) as unknown as EnterpriseState;
  // The progress steps 1–4 would have saved on Enterprise Edition (edition, CEN, both VPCs, pay by data transfer).
  await seedEnterpriseProgress(page, state, 4, {
    interRegionPayBy: 'DataTransfer',
  });
  const peers = recordCalls(page, 'CreateTransitRouterPeerAttachment');
  const routes = recordCalls(page, 'CreateRouteEntry');
  await page.goto('/');
  await openStep(page, 5);

  await expect(page.getByText(/Paid by data transfer/)).toBeVisible({ timeout: 30_000 });
  await typeInto(page, page.getByLabel('Bandwidth'), '2');
  await press(page, page.getByRole('button', { name: 'Connect the two routers' }));
  await expect(page.getByTestId('tr-peer-status')).toHaveText(/Attaching|Attached/, { timeout: 30_000 });
  await expect(page.getByTestId('tr-peer-status')).toHaveText('Attached', { timeout: 60_000 });
  expect(peers).toHaveLength(1);

  // A reload resumes from the cloud: the connection, not the form.
  await page.reload();
  await openStep(page, 5);
  await expect(page.getByTestId('tr-peer-status')).toHaveText('Attached', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Connect the two routers' })).toHaveCount(0);

  const link = page.getByRole('button', { name: 'Associate and propagate on both routers' });
  await expect(link).toBeEnabled({ timeout: 30_000 });
  await press(page, link);
  for (const s of ['A', 'B'] as const) {
    await expect(page.getByTestId(`tr-peer-association-${s}`)).toHaveText('Active', { timeout: 60_000 });
    await expect(page.getByTestId(`tr-peer-propagation-${s}`)).toHaveText('Active', { timeout: 60_000 });
  }

  // Each VPC's owner adds its route (the default choice: a route entry in each VPC).
  for (const s of ['A', 'B'] as const) {
    const add = page.getByRole('button', { name: new RegExp(`^Account ${s}: add the route`) });
    await expect(add).toBeEnabled({ timeout: 30_000 });
    await press(page, add);
    await expect(page.getByTestId(`tr-route-status-${s}`)).toHaveText(/Pending|Available/, {
      timeout: 30_000,
    });
  }
  for (const s of ['A', 'B'] as const)
    await expect(page.getByTestId(`tr-route-status-${s}`)).toHaveText('Available', { timeout: 60_000 });
  expect(routes).toHaveLength(2);
  await expect(page.getByText(/The two regions are connected/)).toBeVisible();
  await expectStepDone(page, 5);
  await expectNoSeriousA11yViolations(page, 'step 5 on Enterprise Edition');

  const after = (await cloud.state()) as unknown as EnterpriseState;
  expect(after.transit.peerAttachments.map((p) => [p.bandwidthType, p.bandwidth])).toEqual([
    ['DataTransfer', 2],
  ]);
  // Two VPC attachments and the peer attachment on each of the two tables.
  expect(after.transit.associations.filter((l) => l.status === 'Active')).toHaveLength(4);
  expect(after.transit.propagations.filter((l) => l.status === 'Active')).toHaveLength(4);
  expect(after.transit.vpcRoutes.map((r) => r.destination).sort()).toEqual([
    '172.16.0.0/16',
    '192.168.0.0/16',
  ]);
});
