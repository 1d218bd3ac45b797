// Topology and teardown on Enterprise Edition end to end, from the mock's "enterprise-after-step-5" world (the CEN,
// a router per region, B's grant, both VPC attachments linked to their System tables, the peer attachment and the
// VPC routes, all made through the API): the topology lists the routers and attachments with the cloud's statuses;
// the teardown, keyboard only, runs its plan to the end (docs/reference/enterprise-edition.md §2 "Teardown"), after
// which the mock holds no attachment, router or CEN of the journey. Both screens pass axe.
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { press } from './keyboard';
import { seedEnterpriseProgress } from './seeded-progress';

interface EnterpriseState {
  cens: { id: string; ownerUid: string }[];
  vpcs: { id: string; name: string; regionId: string }[];
  transit: {
    routers: { id: string; cenId: string }[];
    vpcAttachments: { id: string; cenId?: string }[];
    peerAttachments: { id: string }[];
    grants: { cenId: string }[];
    vpcRoutes: { destination: string }[];
  };
}

test('Enterprise topology shows routers and attachments with statuses; the teardown removes them all', async ({
  page,
  cloud,
}) => {
  test.setTimeout(240_000);
  await cloud.reset('enterprise-after-step-5');
  const state = (await cloud.state()) as unknown as EnterpriseState;
  // The progress steps 1–5 would have saved on Enterprise Edition.
  const { cenId, vpcB } = await seedEnterpriseProgress(page, state, 5, {
    interRegionPayBy: 'DataTransfer',
  });
  expect(state.transit.routers).toHaveLength(2);
  expect(state.transit.vpcAttachments).toHaveLength(2);
  expect(state.transit.peerAttachments).toHaveLength(1);
  expect(state.transit.grants.filter((g) => g.cenId === cenId)).toHaveLength(1);
  expect(state.transit.vpcRoutes).toHaveLength(2);

  await page.goto('/#topology');
  const svg = page.getByRole('img', { name: /transit routers of both regions/ });
  await expect(svg.getByTestId('topology-cen')).toContainText(cenId!, { timeout: 30_000 });
  for (const side of ['A', 'B'] as const) {
    await expect(svg.getByTestId(`topology-router-${side}`)).toContainText('Active', { timeout: 30_000 });
    await expect(svg.getByTestId(`topology-attachment-${side}`)).toContainText('Attached');
    await expect(svg.getByTestId(`topology-router-${side}`)).toContainText(
      'association ✓ Active · propagation ✓ Active',
    );
  }
  await expect(svg.getByTestId('topology-vpc-B')).toContainText(vpcB!.id);
  await expect(svg.getByTestId('topology-peer')).toContainText('Attached');
  const list = page.getByRole('list', { name: 'The same, in words' });
  for (const r of state.transit.routers) await expect(list).toContainText(r.id);
  await expect(list.getByTestId('topology-item-attachment-B')).toContainText('(owner: Account B)');
  await expect(list.getByTestId('topology-item-peer')).toContainText('Attached');
  await expectNoSeriousA11yViolations(page, 'topology on Enterprise Edition');

  await page.goto('/#teardown');
  const view = page.getByTestId('teardown-view');
  await expect(view.getByTestId('teardown-service-note')).toContainText('transit router service stays on');
  // Two routes, eight links, three attachments, two routers, B's revoke, the CEN.
  await expect(view.getByTestId('plan-call')).toHaveCount(17, { timeout: 30_000 });
  await expect(view.getByTestId('plan-call').first()).toHaveAttribute('data-action', 'Vpc.DeleteRouteEntry');
  await expect(view.getByTestId('plan-call').last()).toHaveAttribute('data-action', 'Cbn.DeleteCen');
  await expectNoSeriousA11yViolations(page, 'teardown on Enterprise Edition');
  await press(page, view.getByRole('button', { name: 'Tear down…' }));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Tear down ${cenId}?`);
  await press(page, dialog.getByRole('button', { name: 'Tear down' }));
  await expect(view.getByTestId('teardown-complete')).toBeVisible({ timeout: 180_000 });

  const after = (await cloud.state()) as unknown as EnterpriseState;
  expect(after.cens.map((c) => c.id)).not.toContain(cenId);
  expect(after.transit.routers.filter((r) => r.cenId === cenId)).toEqual([]);
  expect(after.transit.vpcAttachments).toEqual([]);
  expect(after.transit.peerAttachments).toEqual([]);
  expect(after.transit.grants.filter((g) => g.cenId === cenId)).toEqual([]);
  expect(after.transit.vpcRoutes).toEqual([]);
});
