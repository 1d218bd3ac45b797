// @vitest-environment jsdom
// Step 3 on Enterprise Edition against the fake enterprise world and its step-3 calls (test-support/
// fake-enterprise-attach.ts): both VPCs attached with preselected zones (two where the region has several) and
// free IPs shown, a full vSwitch refused, Attaching → Attached, then associated and propagating (→ Active); the
// cloud's refusals with their code and what to do; a retry after a lost answer sends the same ClientToken.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http } from 'msw';
import { progressStore } from '../../state/progress-store';
import { renderWithProviders, resetBrowserState } from '../../test-support/render';
import { UID_A, UID_B, VPC_A, VPC_B } from '../../test-support/fake-cen-world';
import { enterpriseProgress, routerIdIn } from '../../test-support/fake-enterprise-world';
import {
  settleAttachments,
  mockStep3World,
  settleLinks,
  tableOf,
} from '../../test-support/fake-enterprise-attach';
import { usePlanDraft } from '../../plan/plan-draft';
import { AttachNetworkStep } from './attach-network-step';

/** What the preview reads of step 3's form (plan-draft.ts). */
function DraftProbe() {
  const d = usePlanDraft();
  return (
    <output data-testid="draft">{JSON.stringify({ zonesB: d.zonesB, problem: d.problems?.zonesB })}</output>
  );
}

/** A ceiling for each wait, not a delay: the machine may be loaded. */
const PATIENT = { timeout: 30_000 };
const R_A = routerIdIn('cn-qingdao');
const R_B = routerIdIn('cn-beijing');

const { server, world, att } = mockStep3World();
beforeEach(() => {
  resetBrowserState();
  progressStore.update((p) => ({ ...p, ...enterpriseProgress, current: 2 }));
});

const side = (s: 'A' | 'B') => screen.getByTestId(`tr-attach-side-${s}`);
const attaches = () => world().writes.filter((w) => w.action === 'CreateTransitRouterVpcAttachment');

/** The options of a zone slot's dropdown, opened by the user. */
async function openSlot(user: UserEvent, s: 'A' | 'B', n: number) {
  await user.click(within(side(s)).getByLabelText(`Zone ${n}: vSwitch`));
  const dropdowns = document.querySelectorAll<HTMLElement>(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden)',
  );
  const last = dropdowns[dropdowns.length - 1];
  if (!last) throw new Error(`No open dropdown for zone ${n} of ${s}.`);
  return last;
}

describe('Step 3 on Enterprise Edition', () => {
  it('attaches both VPCs on preselected zones, then associates and propagates each, Attaching → Active', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AttachNetworkStep />);
    const attachA = await screen.findByRole('button', { name: 'Attach Account A’s VPC' }, PATIENT);
    // A's region has one zone: one slot; B's has two: two slots, each preselected with its roomiest vSwitch.
    expect(within(side('A')).getByText(/The router has one zone in this region/)).toBeInTheDocument();
    expect(within(side('A')).queryByLabelText('Zone 2: vSwitch')).not.toBeInTheDocument();
    expect(side('A')).toHaveTextContent(
      'cn-qingdao-b · A-Qingdao-vsw-1 (vsw-aqingdao1) · 172.16.1.0/24 · 251 free IPs',
    );
    await waitFor(
      () =>
        expect(within(side('B')).getByText(/if one zone fails, the VPC stays connected/)).toBeInTheDocument(),
      PATIENT,
    );
    expect(side('B')).toHaveTextContent(
      'cn-beijing-b · B-Beijing-vsw-1 (vsw-bbeijing1) · 192.168.1.0/24 · 251 free IPs',
    );
    expect(side('B')).toHaveTextContent(
      'cn-beijing-c · B-Beijing-vsw-3 (vsw-bbeijing3) · 192.168.3.0/24 · 120 free IPs',
    );
    expect(side('B')).toHaveTextContent(`Owner account (VpcOwnerId): ${UID_B}`);

    await user.click(attachA);
    expect(await within(side('A')).findByTestId('tr-attachment-A', {}, PATIENT)).toHaveTextContent(
      'Attaching',
    );
    expect(attaches()[0]).toMatchObject({
      account: 'A',
      params: {
        TransitRouterId: R_A,
        RegionId: 'cn-qingdao',
        VpcId: VPC_A,
        ZoneMappings: [{ ZoneId: 'cn-qingdao-b', VSwitchId: 'vsw-aqingdao1' }],
      },
    });
    expect(attaches()[0]?.params.VpcOwnerId).toBeUndefined();
    expect(typeof attaches()[0]?.params.ClientToken).toBe('string');
    expect(within(side('A')).getByRole('button', { name: 'Associate and propagate' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Attach Account B’s VPC' }));
    expect(await within(side('B')).findByTestId('tr-attachment-B', {}, PATIENT)).toHaveTextContent(
      'Attaching',
    );
    expect(attaches()[1]).toMatchObject({
      params: {
        TransitRouterId: R_B,
        VpcId: VPC_B,
        VpcOwnerId: UID_B,
        ZoneMappings: [
          { ZoneId: 'cn-beijing-b', VSwitchId: 'vsw-bbeijing1' },
          { ZoneId: 'cn-beijing-c', VSwitchId: 'vsw-bbeijing3' },
        ],
      },
    });

    settleAttachments(att());
    await waitFor(() => expect(screen.getByTestId('tr-attachment-A')).toHaveTextContent('Attached'), PATIENT);
    await waitFor(() => expect(screen.getByTestId('tr-attachment-B')).toHaveTextContent('Attached'), PATIENT);
    for (const s of ['A', 'B'] as const) {
      const button = within(side(s)).getByRole('button', { name: 'Associate and propagate' });
      await waitFor(() => expect(button).toBeEnabled(), PATIENT);
      await user.click(button);
      await waitFor(
        () => expect(screen.getByTestId(`tr-association-${s}`)).toHaveTextContent('Associating'),
        PATIENT,
      );
      expect(screen.getByTestId(`tr-propagation-${s}`)).toHaveTextContent('Enabling');
    }
    // The preflight's reads this fake world does not know are recorded too: keep the link writes.
    const links = world().writes.filter((w) => /^(Associate|Enable)TransitRouter/.test(w.action));
    expect(links.map((w) => [w.action, w.params.TransitRouterRouteTableId])).toEqual([
      ['AssociateTransitRouterAttachmentWithRouteTable', tableOf(R_A)],
      ['EnableTransitRouterRouteTablePropagation', tableOf(R_A)],
      ['AssociateTransitRouterAttachmentWithRouteTable', tableOf(R_B)],
      ['EnableTransitRouterRouteTablePropagation', tableOf(R_B)],
    ]);
    expect(links.every((w) => typeof w.params.ClientToken === 'string')).toBe(true);
    expect(screen.queryByText(/Both VPCs are attached/)).not.toBeInTheDocument();

    settleLinks(att());
    expect(await screen.findByText(/Both VPCs are attached/, {}, PATIENT)).toBeInTheDocument();
    expect(screen.getByTestId('tr-propagation-B')).toHaveTextContent('Active');
    expect(progressStore.get().steps['3']?.status).toBe('finish');
  }, 180_000);

  it('refuses a vSwitch with no free IP, and asks for a second zone where the region has one to give', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AttachNetworkStep />);
    const attachB = await screen.findByRole('button', { name: 'Attach Account B’s VPC' }, PATIENT);
    const dropdown = await openSlot(user, 'B', 2);
    const full = await within(dropdown).findByText(
      /vsw-bbeijing2/,
      { selector: '.ant-select-item-option-content' },
      PATIENT,
    );
    expect(full).toHaveTextContent(
      '0 free IPs — no free IP address (the router needs one for its network interface)',
    );
    expect(full.closest('.ant-select-item-option')).toHaveClass('ant-select-item-option-disabled');
    await user.keyboard('{Escape}');
    // Without a second zone the attachment would rest on one: refused before any call, naming the zone to add.
    await user.click(within(side('B')).getByLabelText('Zone 2: vSwitch'));
    await user.keyboard('{Escape}');
    const clear = side('B').querySelectorAll<HTMLElement>('.ant-select-clear');
    if (!clear[0]) throw new Error('Zone 2 has no clear button.');
    await user.click(clear[0]);
    await user.click(attachB);
    expect(await screen.findByTestId('zone-problems-B', {}, PATIENT)).toHaveTextContent(
      'Zone 2: choose a vSwitch in cn-beijing-c too, so that one zone’s failure does not cut the attachment.',
    );
    expect(attaches()).toEqual([]);
  }, 120_000);

  it('shows the preview the zones Attach would send, or why it would refuse them', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <AttachNetworkStep />
        <DraftProbe />
      </>,
    );
    await screen.findByRole('button', { name: 'Attach Account B’s VPC' }, PATIENT);
    await waitFor(
      () =>
        expect(JSON.parse(screen.getByTestId('draft').textContent ?? '{}')).toEqual({
          zonesB: [
            { vSwitchId: 'vsw-bbeijing1', zoneId: 'cn-beijing-b' },
            { vSwitchId: 'vsw-bbeijing3', zoneId: 'cn-beijing-c' },
          ],
        }),
      PATIENT,
    );
    const clear = side('B').querySelectorAll<HTMLElement>('.ant-select-clear');
    if (!clear[0]) throw new Error('Zone 2 has no clear button.');
    await user.click(clear[0]);
    await waitFor(
      () =>
        expect(screen.getByTestId('draft')).toHaveTextContent('Zone 2: choose a vSwitch in cn-beijing-c too'),
      PATIENT,
    );
  }, 120_000);

  it('says the attachment rests on one zone when the VPC has a vSwitch in one of the region’s zones only', async () => {
    const user = userEvent.setup();
    att().vSwitches = att().vSwitches.filter((v) => v.zoneId !== 'cn-beijing-c');
    renderWithProviders(<AttachNetworkStep />);
    const attachB = await screen.findByRole('button', { name: 'Attach Account B’s VPC' }, PATIENT);
    expect(side('B')).toHaveTextContent('This VPC has a usable vSwitch in one zone only');
    await user.click(attachB);
    await within(side('B')).findByTestId('tr-attachment-B', {}, PATIENT);
    expect(attaches()[0]?.params.ZoneMappings).toEqual([
      { ZoneId: 'cn-beijing-b', VSwitchId: 'vsw-bbeijing1' },
    ]);
  }, 120_000);

  it('shows the cloud’s refusal with its code and what to do', async () => {
    const user = userEvent.setup();
    world().serviceOpen = new Set([UID_A]);
    renderWithProviders(<AttachNetworkStep />);
    await user.click(await screen.findByRole('button', { name: 'Attach Account B’s VPC' }, PATIENT));
    const error = await within(side('B')).findByRole('alert', {}, PATIENT);
    expect(within(error).getByTestId('error-code')).toHaveTextContent(
      'Forbidden.ResourceOwnerTransitRouterServiceNotOpen',
    );
    expect(within(error).getByTestId('error-hint')).toHaveTextContent(
      'Account B has not turned its transit-router service on',
    );
    expect(progressStore.get().steps['3']).toMatchObject({
      status: 'error',
      reason: 'Forbidden.ResourceOwnerTransitRouterServiceNotOpen',
    });
  }, 120_000);

  it('says B’s VPC needs step 2’s grant when A cannot list its vSwitches', async () => {
    att().granted = false;
    renderWithProviders(<AttachNetworkStep />);
    const code = await within(side('B')).findByTestId('error-code', {}, PATIENT);
    expect(code).toHaveTextContent('IllegalParam.VpcId');
    expect(within(side('B')).getByTestId('error-hint')).toHaveTextContent(
      'do step 2 (the grant to this CEN) first',
    );
    expect(
      within(side('B')).queryByRole('button', { name: 'Attach Account B’s VPC' }),
    ).not.toBeInTheDocument();
  }, 120_000);

  it('sends the same ClientToken again after a lost answer, so the cloud makes one attachment', async () => {
    const user = userEvent.setup();
    att().loseNextAttachAnswer = true;
    renderWithProviders(<AttachNetworkStep />);
    await user.click(await screen.findByRole('button', { name: 'Attach Account A’s VPC' }, PATIENT));
    expect(await within(side('A')).findByTestId('error-code', {}, PATIENT)).toHaveTextContent(
      'RequestTimeout',
    );
    await user.click(within(side('A')).getByRole('button', { name: 'Attach Account A’s VPC' }));
    expect(await within(side('A')).findByTestId('tr-attachment-A', {}, PATIENT)).toHaveTextContent(
      'Attaching',
    );
    const [first, second] = attaches();
    expect(second?.params.ClientToken).toBe(first?.params.ClientToken);
    expect(att().attachments).toHaveLength(1);
  }, 120_000);

  it('offers "Associate and propagate" only once the table’s links are read, then sends only the missing one', async () => {
    const user = userEvent.setup();
    // B's VPC is attached and associated but not propagating (a propagation forgotten); the propagations are not
    // answered until released, so the screen cannot yet know the association exists.
    att().attachments.push({
      id: 'tr-attach-b',
      vpcId: VPC_B,
      regionId: 'cn-beijing',
      routerId: R_B,
      ownerUid: UID_B,
      token: undefined,
      status: 'Attached',
    });
    att().associations.push({ attachmentId: 'tr-attach-b', tableId: tableOf(R_B), status: 'Active' });
    let release = () => {};
    let asked = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post('/api/openapi/:action', async ({ params }) => {
        if (String(params.action).endsWith('ListTransitRouterRouteTablePropagations')) {
          asked = true; // the table is known: the screen is reading its links
          await held;
        }
        return undefined; // on to the fake world's own answer
      }),
    );
    renderWithProviders(<AttachNetworkStep />);
    expect(await within(side('B')).findByTestId('tr-attachment-B', {}, PATIENT)).toHaveTextContent(
      'Attached',
    );
    await waitFor(() => expect(asked).toBe(true), PATIENT);
    // The links are not read yet (the propagations are held): the cells say "Not yet", and so would a missing link.
    await waitFor(
      () => expect(within(side('B')).getByTestId('tr-association-B')).toHaveTextContent('Not yet'),
      PATIENT,
    );
    const link = within(side('B')).getByRole('button', { name: 'Associate and propagate' });
    expect(link).toBeDisabled();
    release();
    await waitFor(
      () => expect(within(side('B')).getByTestId('tr-association-B')).toHaveTextContent('Active'),
      PATIENT,
    );
    await waitFor(() => expect(link).toBeEnabled(), PATIENT);
    await user.click(link);
    await waitFor(
      () => expect(world().writes.map((w) => w.action)).toContain('EnableTransitRouterRouteTablePropagation'),
      PATIENT,
    );
    expect(world().writes.map((w) => w.action)).not.toContain(
      'AssociateTransitRouterAttachmentWithRouteTable',
    );
  }, 120_000);

  it('speaks Chinese', async () => {
    renderWithProviders(<AttachNetworkStep />, { locale: 'zh' });
    expect(await screen.findByRole('button', { name: '连接账号B的VPC' }, PATIENT)).toBeInTheDocument();
    expect(side('B')).toHaveTextContent('251个可用IP');
    expect(side('B')).toHaveTextContent('此地域有多个可用区');
  }, 120_000);
});
