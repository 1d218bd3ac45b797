// @vitest-environment jsdom
// Step 1 on Enterprise Edition against a fake enterprise-edition world (test-support/fake-enterprise-world.ts): the
// edition and why, both services turned on only after a confirmation, the CEN with its two VPCs, then one transit
// router per region, Creating → Active.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { mockBff } from '../../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { UID_A, VPC_A, VPC_B } from '../../test-support/fake-cen-world';
import {
  enterpriseHandlers,
  enterpriseWorld,
  TR_CEN,
  type EnterpriseWorld,
} from '../../test-support/fake-enterprise-world';
import { progressStore } from '../../state/progress-store';
import { CreateCenStep } from './create-cen-step';

/** A ceiling for each wait, not a delay: the machine may be loaded (vitest.setup.ts's 5 s is for one chunk). */
const PATIENT = { timeout: 30_000 };

let world: EnterpriseWorld = enterpriseWorld();
const server = mockBff();
beforeEach(() => {
  resetBrowserState();
  world = enterpriseWorld();
  server.use(...enterpriseHandlers(world));
});

async function choose(user: UserEvent, group: HTMLElement, label: string, option: RegExp) {
  await user.click(within(group).getByLabelText(label));
  const dropdowns = document.querySelectorAll<HTMLElement>(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden)',
  );
  const last = dropdowns[dropdowns.length - 1];
  if (!last) throw new Error(`No open dropdown for ${label}.`);
  await user.click(
    await within(last).findByText(option, { selector: '.ant-select-item-option-content' }, PATIENT),
  );
}

async function openService(user: UserEvent, account: 'A' | 'B') {
  await user.click(await screen.findByRole('button', { name: `Turn on in Account ${account}` }, PATIENT));
  await user.click(await screen.findByRole('button', { name: 'Turn it on' }, PATIENT));
  await waitFor(() => expect(screen.getByTestId(`tr-service-${account}`)).toHaveTextContent('On'), PATIENT);
}

/** Step 1 shown, its edition note saying `edition`, then A's CEN 'MadeElsewhere' chosen and used. */
async function adoptMadeElsewhere(edition: string) {
  const user = userEvent.setup();
  renderWithProviders(<CreateCenStep />);
  await waitFor(() => expect(screen.getByTestId('cen-edition')).toHaveTextContent(edition), PATIENT);
  await user.click(await screen.findByLabelText('Or use an existing CEN instance of Account A', {}, PATIENT));
  await user.click(
    await screen.findByText(/MadeElsewhere/, { selector: '.ant-select-item-option-content' }, PATIENT),
  );
  await user.click(screen.getByRole('button', { name: 'Use this CEN' }));
  return user;
}

describe('Step 1 on Enterprise Edition', () => {
  it('says the edition and why, and saves it', async () => {
    renderWithProviders(<CreateCenStep />);
    // The note holds its place while the edition is read, so nothing below it moves when the answer comes.
    expect(screen.getByTestId('cen-edition')).toHaveTextContent('CEN edition: checking…');
    await waitFor(
      () =>
        expect(screen.getByTestId('cen-edition')).toHaveTextContent(
          'CEN edition: Enterprise Edition (transit routers)',
        ),
      PATIENT,
    );
    const note = screen.getByTestId('cen-edition');
    expect(note).toHaveTextContent('Account A can no longer use Basic Edition');
    expect(progressStore.get().edition).toEqual({ name: 'Enterprise', reason: 'basic-refused' });
  });

  it('stays on Basic Edition when the account may still use it', async () => {
    world.basicRefused = [];
    renderWithProviders(<CreateCenStep />);
    await waitFor(
      () => expect(screen.getByTestId('cen-edition')).toHaveTextContent('CEN edition: Basic Edition'),
      PATIENT,
    );
    expect(screen.queryByText('Transit-router service')).not.toBeInTheDocument();
    expect(progressStore.get().edition?.name).toBe('Basic');
  });

  it('turns a service on only after the user confirms, in that account only', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateCenStep />);
    await user.click(await screen.findByRole('button', { name: 'Turn on in Account B' }, PATIENT));
    expect(world.writes).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }, PATIENT));
    expect(world.writes).toEqual([]);
    await openService(user, 'B');
    expect(world.writes.map((w) => [w.action, w.account])).toEqual([['OpenTransitRouterService', 'B']]);
    // The BFF refuses this write without one (MissingClientToken): it can carry a ClientToken, so it must.
    expect(world.writes[0]?.params.ClientToken).toEqual(expect.stringMatching(/\S/));
    expect(screen.getByTestId('tr-service-A')).toHaveTextContent('Off');
  });

  it('creates the CEN with the two VPCs, then one router per region once A’s service is on', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateCenStep />);
    await waitFor(
      () => expect(screen.getByTestId('cen-edition')).toHaveTextContent('Enterprise Edition'),
      PATIENT,
    );
    await user.type(screen.getByLabelText('Name'), 'EnterpriseJourney');
    const a = screen.getByRole('group', { name: 'Account A’s VPC' });
    const b = screen.getByRole('group', { name: 'Account B’s VPC' });
    await choose(user, a, 'Region', /Qingdao/);
    await choose(user, a, 'Networks', /A-Qingdao-VPC/);
    await choose(user, b, 'Region', /Beijing/);
    await choose(user, b, 'Networks', /B-Beijing-VPC/);
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));

    expect(await screen.findByTestId('cen-id', {}, PATIENT)).toHaveTextContent(TR_CEN);
    expect(progressStore.get().ownNetwork).toEqual({
      type: 'VPC',
      regionId: 'cn-qingdao',
      instanceId: VPC_A,
    });
    expect(progressStore.get().network).toEqual({ type: 'VPC', regionId: 'cn-beijing', instanceId: VPC_B });
    await waitFor(() => expect(screen.getByTestId('cen-status')).toHaveTextContent('Active'), {
      ...PATIENT,
    });
    const create = screen.getByRole('button', { name: 'Create the transit routers' });
    expect(create).toBeDisabled();
    expect(screen.getByText('Turn on the service in Account A first.')).toBeInTheDocument();

    await openService(user, 'A');
    await user.click(screen.getByRole('button', { name: 'Create the transit routers' }));
    expect(await screen.findByTestId('tr-status-cn-qingdao', {}, PATIENT)).toBeInTheDocument();
    await waitFor(
      () => expect(screen.getByTestId('tr-status-cn-beijing')).toHaveTextContent('Active'),
      PATIENT,
    );
    expect(screen.getByTestId('tr-status-cn-qingdao')).toHaveTextContent('Active');
    const routers = world.writes.filter((w) => w.action === 'CreateTransitRouter');
    expect(routers.map((w) => [w.account, w.params.CenId, w.params.RegionId])).toEqual([
      ['A', TR_CEN, 'cn-qingdao'],
      ['A', TR_CEN, 'cn-beijing'],
    ]);
    expect(routers.every((w) => typeof w.params.ClientToken === 'string')).toBe(true);
    expect(await screen.findByText(/Next: Account B grants its VPC/, {}, PATIENT)).toBeInTheDocument();
    expect(progressStore.get().steps['1']?.status).toBe('finish');
  }, 180_000);

  it('adopts an existing CEN of Account A with its Enterprise router, choosing the VPCs, creating only the missing router', async () => {
    // A CEN made elsewhere: Active, with a router in cn-qingdao only; B's VPC already attached, so it is proposed.
    world.cen = { status: 'Active', name: 'MadeElsewhere' };
    world.routers = [{ id: 'tr-cn-qingdao-0000000000', regionId: 'cn-qingdao', status: 'Active' }];
    world.attachedVpcs = [{ vpcId: VPC_B, regionId: 'cn-beijing', owner: 'B' }];
    world.serviceOpen.add(UID_A);
    const user = await adoptMadeElsewhere('Enterprise Edition');
    const form = await screen.findByRole('form', { name: 'The two VPCs this CEN connects' }, PATIENT);
    expect(progressStore.get().cenId).toBe(TR_CEN);
    expect(progressStore.get().edition).toEqual({ name: 'Enterprise', reason: 'routers' });
    const b = within(form).getByRole('group', { name: 'Account B’s VPC' });
    await waitFor(() => expect(b).toHaveTextContent('B-Beijing-VPC'), PATIENT);
    await choose(user, within(form).getByRole('group', { name: 'Account A’s VPC' }), 'Region', /Qingdao/);
    await choose(
      user,
      within(form).getByRole('group', { name: 'Account A’s VPC' }),
      'Networks',
      /A-Qingdao-VPC/,
    );
    await user.click(within(form).getByRole('button', { name: 'Use these VPCs' }));

    expect(await screen.findByTestId('tr-status-cn-qingdao', {}, PATIENT)).toHaveTextContent('Active');
    expect(progressStore.get().ownNetwork).toEqual({
      type: 'VPC',
      regionId: 'cn-qingdao',
      instanceId: VPC_A,
    });
    expect(progressStore.get().network).toEqual({ type: 'VPC', regionId: 'cn-beijing', instanceId: VPC_B });
    await user.click(await screen.findByRole('button', { name: 'Create the transit routers' }, PATIENT));
    await waitFor(
      () => expect(screen.getByTestId('tr-status-cn-beijing')).toHaveTextContent('Active'),
      PATIENT,
    );
    expect(world.writes.map((w) => [w.action, w.params.RegionId])).toEqual([
      ['CreateTransitRouter', 'cn-beijing'],
    ]);
    expect(progressStore.get().steps['1']?.status).toBe('finish');
  }, 180_000);

  it('follows an adopted CEN’s Enterprise routers even where the account may still use Basic Edition', async () => {
    world.basicRefused = [];
    world.cen = { status: 'Active', name: 'MadeElsewhere' };
    world.routers = [{ id: 'tr-cn-qingdao-0000000000', regionId: 'cn-qingdao', status: 'Active' }];
    await adoptMadeElsewhere('CEN edition: Basic Edition');
    await waitFor(
      () =>
        expect(screen.getByTestId('cen-edition')).toHaveTextContent(
          'CEN edition: Enterprise Edition (transit routers)',
        ),
      PATIENT,
    );
    expect(screen.getByTestId('cen-edition')).toHaveTextContent('a CEN keeps its edition');
    expect(
      await screen.findByRole('form', { name: 'The two VPCs this CEN connects' }, PATIENT),
    ).toBeInTheDocument();
    expect(world.writes).toEqual([]);
  }, 180_000);
});
