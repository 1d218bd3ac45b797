// Shared by the specs that start mid-tutorial (audit, plan and export, teardown, topology): open the console on the
// mock scenario's world as if this browser had done the steps — the progress the steps would have saved (CEN, A's
// and B's networks, the package), read from the mock's state, put into localStorage before the page loads (only
// when the page has none, so a reload keeps its own).
import type { Page } from '@playwright/test';
import { expect, type MockCloud } from './fixtures';

export const UID_A = '1262302482727553';
export const UID_B = '9263584710374521';

interface MockState {
  cens: { id: string; ownerUid: string; status: string }[];
  attachments: {
    cenId: string;
    childId: string;
    childType: string;
    childRegionId: string;
    childOwnerUid: string;
  }[];
  bandwidthPackages: { id: string; ownerUid: string }[];
  grants: { cenId: string; instanceId: string; instanceType: string; regionId: string }[];
}

export interface SeededWorld {
  cenId: string;
  vpcA: string;
  vpcB: string;
  packageId?: string | undefined;
}

export async function seedProgress(page: Page, cloud: MockCloud, hash = ''): Promise<SeededWorld> {
  const state = (await cloud.state()) as unknown as MockState;
  const cenId = state.cens.find((c) => c.ownerUid === UID_A)?.id;
  expect(cenId, 'the scenario has a CEN of Account A').toBeTruthy();
  const children = state.attachments.filter((a) => a.cenId === cenId);
  const a = children.find((c) => c.childOwnerUid === UID_A);
  const b = children.find((c) => c.childOwnerUid === UID_B) ?? undefined;
  const grant = state.grants.find((g) => g.cenId === cenId);
  const network = b
    ? { type: b.childType, regionId: b.childRegionId, instanceId: b.childId }
    : grant && { type: grant.instanceType, regionId: grant.regionId, instanceId: grant.instanceId };
  const packageId = state.bandwidthPackages.find((p) => p.ownerUid === UID_A)?.id;
  const progress = {
    version: 1,
    current: 5,
    cenId,
    ...(network ? { network } : {}),
    ...(a ? { ownNetwork: { type: a.childType, regionId: a.childRegionId, instanceId: a.childId } } : {}),
    ...(packageId ? { bandwidthPackageId: packageId } : {}),
    clientTokens: {},
    steps: {},
  };
  await saveBeforeLoad(page, progress);
  await page.goto(`/${hash}`);
  return { cenId: cenId ?? '', vpcA: a?.childId ?? '', vpcB: network?.instanceId ?? '', packageId };
}

interface EnterpriseWorld {
  cens: { id: string; ownerUid: string }[];
  vpcs: { id: string; name: string; regionId: string }[];
}

/**
 * On Enterprise Edition: the progress steps 1 to `current` would have saved for the mock's world (the edition, A's
 * CEN, A's and B's tutorial VPCs, plus what the later steps add: `saved`), put into localStorage before the page
 * loads, as seedProgress does for Basic. The page is not opened: each spec opens the screen it tests. `saved` may
 * also say which steps are finished (`steps`).
 */
export async function seedEnterpriseProgress<W extends EnterpriseWorld>(
  page: Page,
  state: W,
  current: number,
  saved: Record<string, unknown> = {},
): Promise<{
  cenId: string | undefined;
  vpcA: W['vpcs'][number] | undefined;
  vpcB: W['vpcs'][number] | undefined;
}> {
  const cenId = state.cens.find((c) => c.ownerUid === UID_A)?.id;
  const vpcA = state.vpcs.find((v) => v.name === 'A-Qingdao-VPC');
  const vpcB = state.vpcs.find((v) => v.name === 'B-Beijing-VPC');
  expect(cenId && vpcA && vpcB, 'the scenario has the CEN and both VPCs').toBeTruthy();
  const progress = {
    version: 1,
    current,
    cenId,
    edition: { name: 'Enterprise', reason: 'basic-refused' },
    ownNetwork: { type: 'VPC', regionId: vpcA?.regionId, instanceId: vpcA?.id },
    network: { type: 'VPC', regionId: vpcB?.regionId, instanceId: vpcB?.id },
    clientTokens: {},
    steps: {},
    ...saved,
  };
  await saveBeforeLoad(page, progress);
  return { cenId, vpcA, vpcB };
}

/** The progress put into localStorage before the page loads, only when the page has none (a reload keeps its own). */
async function saveBeforeLoad(page: Page, progress: Record<string, unknown>): Promise<void> {
  await page.addInitScript((saved) => {
    if (!localStorage.getItem('cen-connect.progress.v1'))
      localStorage.setItem('cen-connect.progress.v1', saved);
  }, JSON.stringify(progress));
}
