// Step 3 on Enterprise Edition end to end, from the mock's "enterprise-after-step-2" world (both services on, the CEN
// and its two routers Active, B's VPC granted to the routers): Account A attaches its own VPC and B's on the
// preselected vSwitches, keyboard only, sees Attaching → Attached, resumes after a reload, then associates and
// propagates each attachment on its router's System table until Active (docs/reference/enterprise-edition.md §2
// steps 5–6). The screen passes axe.
import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { press, selectByKeyboard } from './keyboard';
import { UID_A, UID_B, seedEnterpriseProgress } from './seeded-progress';
import { expectStepDone, openStep, recordCalls } from './walk';

interface EnterpriseState {
  cens: { id: string; ownerUid: string }[];
  vpcs: { id: string; name: string; regionId: string }[];
  vSwitches: { id: string; vpcId: string }[];
  transit: {
    vpcAttachments: { vpcId: string; vpcOwnerUid: string; status: string; zoneMappings: unknown[] }[];
    associations: { attachmentId: string; status: string }[];
    propagations: { attachmentId: string; status: string }[];
  };
}

test('Account A attaches both VPCs to their routers by keyboard and links them to the System tables', async ({
  page,
  cloud,
}) => {
  test.setTimeout(180_000);
  await cloud.setDelay(1500);
  await cloud.reset('enterprise-after-step-2');
  const state = (await cloud.state()) as unknown as EnterpriseState;
  // The progress steps 1 and 2 would have saved on Enterprise Edition (edition, CEN, both VPCs).
  const { vpcA, vpcB } = await seedEnterpriseProgress(page, state, 2);
  const attaches = recordCalls(page, 'CreateTransitRouterVpcAttachment');
  await page.goto('/');
  await openStep(page, 3);

  const a = page.getByTestId('tr-attach-side-A');
  const b = page.getByTestId('tr-attach-side-B');
  // One zone in each region of this world: one vSwitch each, preselected, with its free IPs.
  await expect(a).toContainText('The router has one zone in this region', { timeout: 30_000 });
  await expect(a).toContainText('A-Qingdao-VPC-vsw-1');
  await expect(a).toContainText('free IPs');
  await expect(b).toContainText('B-Beijing-VPC-vsw-1', { timeout: 30_000 });
  await expect(b).toContainText(`Owner account (VpcOwnerId): ${UID_B}`);

  // The choice is a labelled select the keyboard reaches and works (here: keeping the preselected vSwitch).
  // (antd's listbox for assistive technology names each option by its label and holds its value, the vSwitch ID.)
  const vswB = state.vSwitches.find((v) => v.vpcId === vpcB?.id)?.id ?? 'none';
  await selectByKeyboard(page, b.getByLabel('Zone 1: vSwitch'), new RegExp(vswB));
  await press(page, a.getByRole('button', { name: 'Attach Account A’s VPC' }));
  await expect(a.getByTestId('tr-attachment-A')).toHaveText(/Attaching|Attached/, { timeout: 30_000 });
  await press(page, b.getByRole('button', { name: 'Attach Account B’s VPC' }));
  await expect(b.getByTestId('tr-attachment-B')).toHaveText(/Attaching|Attached/, { timeout: 30_000 });
  await expect(a.getByTestId('tr-attachment-A')).toHaveText('Attached', { timeout: 60_000 });
  await expect(b.getByTestId('tr-attachment-B')).toHaveText('Attached', { timeout: 60_000 });
  expect(attaches).toHaveLength(2);

  // A reload resumes from the cloud: the attachments, not the forms.
  await page.reload();
  await openStep(page, 3);
  await expect(a.getByTestId('tr-attachment-A')).toHaveText('Attached', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: /Attach Account/ })).toHaveCount(0);

  for (const [side, s] of [
    [a, 'A'],
    [b, 'B'],
  ] as const) {
    const link = side.getByRole('button', { name: 'Associate and propagate' });
    await expect(link).toBeEnabled({ timeout: 30_000 });
    await press(page, link);
    await expect(side.getByTestId(`tr-association-${s}`)).toHaveText(/Associating|Active/, {
      timeout: 30_000,
    });
  }
  for (const s of ['A', 'B'] as const) {
    await expect(page.getByTestId(`tr-association-${s}`)).toHaveText('Active', { timeout: 60_000 });
    await expect(page.getByTestId(`tr-propagation-${s}`)).toHaveText('Active', { timeout: 60_000 });
  }
  await expect(page.getByText(/Both VPCs are attached/)).toBeVisible();
  await expectStepDone(page, 3);
  await expectNoSeriousA11yViolations(page, 'step 3 on Enterprise Edition');

  const after = (await cloud.state()) as unknown as EnterpriseState;
  const ours = after.transit.vpcAttachments.filter((x) => x.vpcId === vpcA?.id || x.vpcId === vpcB?.id);
  expect(ours.map((x) => [x.vpcOwnerUid, x.status, x.zoneMappings.length]).sort()).toEqual([
    [UID_A, 'Attached', 1],
    [UID_B, 'Attached', 1],
  ]);
  expect(after.transit.associations.filter((l) => l.status === 'Active')).toHaveLength(2);
  expect(after.transit.propagations.filter((l) => l.status === 'Active')).toHaveLength(2);
});
