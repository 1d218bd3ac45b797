// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { progressStore } from '../state/progress-store';
import { mockBffWorld } from '../test-support/mock-bff';
import { renderWithProviders, resetBrowserState } from '../test-support/render';
import { CEN, fakeCloudHandlers, ICMP_FROM_A, makeWorld, UID_B } from '../test-support/fake-diagnosis-cloud';
import { PathDiagnosis } from './path-diagnosis';

const { world } = mockBffWorld(makeWorld, fakeCloudHandlers);

beforeEach(() => resetBrowserState());

const called = (action: string) => world().calls.filter((c) => c.action === action);

async function runCheck(locale?: 'en' | 'zh') {
  const user = userEvent.setup();
  renderWithProviders(<PathDiagnosis cenId={CEN} uidB={UID_B} />, locale ? { locale } : {});
  await user.click(screen.getByTestId('diagnosis-run'));
  const verdict = await screen.findByTestId('diagnosis-verdict');
  return { user, verdict };
}

describe('Step 6 path check', () => {
  it('names the blocking hop: B’s security group has no ICMP rule for A’s CIDR, one way only', async () => {
    const { verdict } = await runCheck();
    expect(verdict).toHaveTextContent('Blocked');
    expect(verdict).toHaveTextContent('Target security group (Account B) accepts ICMP from the source');

    const aToB = screen.getByTestId('direction-A-B');
    const hop = within(aToB).getByTestId('hop-target-ingress');
    expect(hop).toHaveAttribute('data-verdict', 'blocked');
    expect(hop).toHaveAttribute('aria-current', 'step');
    expect(hop).toHaveTextContent('Blocked here');
    expect(hop).toHaveTextContent('sg-b (sg-b-beijing)');
    expect(hop).toHaveTextContent('172.16.1.10 (172.16.0.0/16)');
    // The hops before it passed: blocked is not "everything is broken".
    expect(within(aToB).getByTestId('hop-route-out')).toHaveAttribute('data-verdict', 'pass');
    expect(within(screen.getByTestId('direction-B-A')).getByTestId('hop-target-ingress')).toHaveAttribute(
      'data-verdict',
      'pass',
    );
    // Every Describe the engine needs was made, B's with B's keys.
    expect(
      called('DescribeSecurityGroupAttribute').map((c) => [c.account, c.params.SecurityGroupId]),
    ).toEqual(
      expect.arrayContaining([
        ['A', 'sg-a'],
        ['B', 'sg-b'],
      ]),
    );
    expect(called('DescribeCenChildInstanceRouteEntries').every((c) => c.account === 'A')).toBe(true);
  });

  it('sends the ICMP rule only after confirmation, exactly as shown, then checks again and passes', async () => {
    const { user, verdict } = await runCheck();
    expect(verdict).toHaveTextContent('Blocked');
    const hop = within(screen.getByTestId('direction-A-B')).getByTestId('hop-target-ingress');
    await user.click(within(hop).getByTestId('fix-button'));
    const dialog = await screen.findByRole('dialog');
    const shown = JSON.parse(within(dialog).getByTestId('fix-params').textContent ?? '') as Record<
      string,
      unknown
    >;
    expect(shown).toMatchObject({
      RegionId: 'cn-beijing',
      SecurityGroupId: 'sg-b',
      Permissions: [
        { IpProtocol: 'ICMP', PortRange: '-1/-1', SourceCidrIp: '172.16.0.0/16', Policy: 'accept' },
      ],
    });
    expect(called('Ecs.AuthorizeSecurityGroup')).toHaveLength(0);

    // Cancel sends nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(called('Ecs.AuthorizeSecurityGroup')).toHaveLength(0);

    await user.click(within(hop).getByTestId('fix-button'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Send it' }));
    await waitFor(() => expect(called('Ecs.AuthorizeSecurityGroup')).toHaveLength(1));
    const sent = called('Ecs.AuthorizeSecurityGroup')[0]!;
    expect(sent.account).toBe('B');
    expect(sent.regionId).toBe('cn-beijing');
    expect(sent.params).toEqual(shown);
    expect(typeof sent.params.ClientToken).toBe('string');

    await waitFor(() => expect(screen.getByTestId('diagnosis-verdict')).toHaveTextContent('Reachable'));
    expect(within(screen.getByTestId('direction-A-B')).getByTestId('hop-target-ingress')).toHaveAttribute(
      'data-verdict',
      'pass',
    );
  });

  it('says "could not inspect" when Account B may not read its security groups — never a pass', async () => {
    world().sgB.push(ICMP_FROM_A);
    world().forbidden.add('B:DescribeSecurityGroupAttribute');
    const { verdict } = await runCheck();
    expect(verdict).toHaveTextContent('Not fully checked');
    expect(verdict).not.toHaveTextContent('Reachable');
    const hop = within(screen.getByTestId('direction-A-B')).getByTestId('hop-target-ingress');
    expect(hop).toHaveAttribute('data-verdict', 'unknown');
    expect(hop).toHaveTextContent('Could not inspect');
    expect(hop).toHaveTextContent('Forbidden.RAM');
    expect(hop).toHaveTextContent('Account B');
    expect(within(hop).queryByTestId('fix-button')).toBeNull();
  });

  it('runs ping through Cloud Assistant, polls until finished and shows the real output and stats', async () => {
    world().sgB.push(ICMP_FROM_A);
    world().runningPolls = 2;
    const { user, verdict } = await runCheck();
    expect(verdict).toHaveTextContent('Reachable');
    const ping = screen.getByTestId('ping-A');
    await user.click(within(ping).getByRole('button'));
    const outcome = await within(ping).findByTestId('ping-A-outcome', {}, { timeout: 8000 });
    expect(outcome).toHaveTextContent('192.168.1.20: 4 of 4 replies, 0% loss, average 12.025 ms.');
    expect(within(ping).getByTestId('ping-A-output')).toHaveTextContent(
      '4 packets transmitted, 4 received, 0% packet loss',
    );
    expect(within(ping).getByTestId('ping-A-stats')).toHaveTextContent('11.8/12.025/12.3');

    const run = called('Ecs.RunCommand');
    expect(run).toHaveLength(1);
    expect(run[0]).toMatchObject({
      account: 'A',
      regionId: 'cn-qingdao',
      params: { CommandContent: 'ping -c 4 192.168.1.20', InstanceId: ['i-a'], Type: 'RunShellScript' },
    });
    // Polled while Running, then stopped once the invocation was final.
    expect(called('Ecs.DescribeInvocationResults').length).toBe(3);
    expect(progressStore.get().steps['6']?.status).toBe('finish');
  });

  it('names the attachment still Attaching before the routes it has not learned yet', async () => {
    world().sgB.push(ICMP_FROM_A);
    world().statusB = 'Attaching';
    const { verdict } = await runCheck();
    expect(verdict).toHaveTextContent('Blocked');
    expect(verdict).toHaveTextContent('vpc-b is attached to the CEN');
    const hop = within(screen.getByTestId('direction-A-B')).getByTestId('hop-target-attachment');
    expect(hop).toHaveAttribute('data-verdict', 'blocked');
    expect(hop).toHaveAttribute('aria-current', 'step');
    expect(hop).toHaveTextContent('Attaching');
  });

  it('speaks Chinese when the console does', async () => {
    const { verdict } = await runCheck('zh');
    expect(verdict).toHaveTextContent('被阻断');
    const hop = within(screen.getByTestId('direction-A-B')).getByTestId('hop-target-ingress');
    expect(hop).toHaveTextContent('在此处被阻断');
    expect(hop).toHaveTextContent('入方向默认拒绝');
  });
});
