// Plays a training scenario's solution (the "solution" of its file, mocks/scenarios/training-schema.ts) through
// the console's step screens, as a trainee who read the hints would (not a spec; training.spec.ts uses it). One
// function per kind of move, built on the tutorial helpers of walk.ts; nothing here knows a scenario by name, so
// a trainer's new file is played without code. A refusal whose code the solution lists in retryOn is answered the
// way its hint says: the same request again, from the same screen.
import { expect, type Locator, type Page } from '@playwright/test';
import type { ConsoleMove, Solution } from '../mocks/scenarios/training-schema';
import { regionLabel } from '../src/domain/regions';
import { TUTORIAL, choose, createCen, expectStepDone, networkOption, openStep, pingBothWays } from './walk';

interface Named {
  id: string;
  name: string;
  regionId: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class ConsoleTrainee {
  /** Every error code a write of this trainee answered, in order. */
  readonly met: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly solution: Solution,
  ) {}

  async play(): Promise<void> {
    for (const [i, move] of this.solution.moves.entries()) await this.move(move, i);
  }

  private move(move: ConsoleMove, i: number): Promise<void> {
    // One entry per kind of move of mocks/scenarios/training-schema.ts: a kind without one does not compile.
    const plays: { [K in ConsoleMove['do']]: (m: Extract<ConsoleMove, { do: K }>) => Promise<void> } = {
      createCen: () => this.createCen(),
      adoptCen: (m) => this.adoptCen(m.cen),
      authorize: (m) => this.authorize(m.network),
      attach: (m) => this.attach(m.network),
      buyPackage: (m) => this.buyPackage(m.mbps),
      setLimit: (m) => this.setLimit(m.mbps),
      fix: (m) => this.fix(m, i),
      ping: (m) => this.ping(m.a, m.b),
      resumeEnterprise: (m) => this.resumeEnterprise(m),
      eeOpenService: (m) => this.eeOpenService(m.side),
      eeRevokeGrant: () => this.eeRevokeGrant(),
      eeGrant: () => this.eeGrant(),
      eeAddVSwitch: (m) => this.eeAddVSwitch(m.side),
      eeAttach: (m) => this.eeAttach(m.side),
      eeLink: (m) => this.eeLink(m.side),
      eePayByDataTransfer: () => this.eePayByDataTransfer(),
      eeConnect: (m) => this.eeConnect(m.mbps),
      eeRoute: (m) => this.eeRoute(m.side),
    };
    // The table's type ties each kind to its own move; TypeScript cannot follow that tie through move.do.
    return (plays[move.do] as (m: ConsoleMove) => Promise<void>)(move);
  }

  /**
   * The choices step 1 saves on Enterprise Edition (edition, CEN, A's and B's VPC), as the Enterprise e2e specs
   * seed them: that step cannot adopt an existing CEN yet. Then the page is reloaded to read them.
   */
  private async resumeEnterprise(move: Extract<ConsoleMove, { do: 'resumeEnterprise' }>): Promise<void> {
    const page = this.page;
    const state = (await (await page.request.get('/api/mock/state')).json()) as {
      cens: { id: string; name: string }[];
      vpcs: Named[];
    };
    const cen = state.cens.find((c) => c.name === move.cen);
    const vpc = (name: string) => state.vpcs.find((v) => v.name === name);
    const [a, b] = [vpc(move.a), vpc(move.b)];
    if (!cen || !a || !b) throw new Error(`no CEN ${move.cen} or VPC ${move.a}/${move.b} in this sandbox`);
    const progress = {
      version: 1,
      current: 1,
      cenId: cen.id,
      edition: { name: 'Enterprise', reason: 'basic-refused' },
      ownNetwork: { type: 'VPC', regionId: a.regionId, instanceId: a.id },
      network: { type: 'VPC', regionId: b.regionId, instanceId: b.id },
      clientTokens: {},
      steps: {},
    };
    await page.evaluate(
      (saved) => localStorage.setItem('cen-connect.progress.v1', saved),
      JSON.stringify(progress),
    );
    await page.reload();
    await openStep(page, 1);
    await expect(page.getByText('CEN edition: Enterprise Edition (transit routers)')).toBeVisible({
      timeout: 30_000,
    });
  }

  /** Enterprise step 1: the side's transit-router service, turned on once the confirmation is accepted. */
  private async eeOpenService(side: 'A' | 'B'): Promise<void> {
    const page = this.page;
    await openStep(page, 1);
    await expect(page.getByTestId(`tr-service-${side}`)).toHaveText('Off', { timeout: 30_000 });
    await page.getByRole('button', { name: `Turn on in Account ${side}`, exact: true }).click();
    const confirm = page.getByRole('button', { name: /^Turn it on$/ });
    await this.send('OpenTransitRouterService', () => confirm.click());
    await expect(page.getByTestId(`tr-service-${side}`)).toHaveText('On', { timeout: 30_000 });
  }

  /** Enterprise step 2 as B: the grant to this CEN under another owner UID, revoked after its confirmation. */
  private async eeRevokeGrant(): Promise<void> {
    const page = this.page;
    await openStep(page, 2);
    const wrong = page.getByTestId('tr-grant-wrong-owner');
    await expect(wrong).toBeVisible({ timeout: 30_000 });
    const row = page.getByRole('row').filter({ has: page.locator('[data-match="wrong-owner"]') });
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    const confirm = page.getByRole('tooltip').getByRole('button', { name: 'Revoke', exact: true });
    await this.send('RevokeInstanceFromTransitRouter', () => confirm.click());
    await expect(wrong).toBeHidden({ timeout: 30_000 });
  }

  /** Enterprise step 2 as B: B's VPC granted to this CEN with A's UID, until the grant list says so. */
  private async eeGrant(): Promise<void> {
    const page = this.page;
    await openStep(page, 2);
    const grant = page.getByRole('button', { name: 'Grant to the CEN', exact: true });
    await expect(grant).toBeEnabled({ timeout: 30_000 });
    await this.send('GrantInstanceToTransitRouter', () => grant.click());
    await expect(page.getByText('This CEN, Account A', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expectStepDone(page, 2);
  }

  /** Enterprise step 3 by the VPC's owner: the proposed vSwitch in the second zone, until step 3 offers two. */
  private async eeAddVSwitch(side: 'A' | 'B'): Promise<void> {
    const page = this.page;
    await openStep(page, 3);
    const panel = page.getByTestId(`tr-attach-side-${side}`);
    const create = panel.getByRole('button', { name: new RegExp(`^Account ${side}: create a vSwitch in `) });
    await expect(create).toBeVisible({ timeout: 30_000 });
    await create.click();
    const confirm = page.getByRole('tooltip').getByRole('button', { name: 'Create it', exact: true });
    await this.send('CreateVSwitch', () => confirm.click());
    await expect(panel.getByLabel('Zone 2: vSwitch')).toBeVisible();
    await expect(create).toBeHidden({ timeout: 30_000 });
  }

  /** Enterprise step 3: the side's VPC attached to its region's router on the preselected vSwitch. */
  private async eeAttach(side: 'A' | 'B'): Promise<void> {
    const page = this.page;
    await openStep(page, 3);
    const panel = page.getByTestId(`tr-attach-side-${side}`);
    const attach = panel.getByRole('button', { name: `Attach Account ${side}’s VPC` });
    await expect(attach).toBeEnabled({ timeout: 30_000 });
    await this.send('CreateTransitRouterVpcAttachment', () => attach.click());
    await expect(panel.getByTestId(`tr-attachment-${side}`)).toHaveText('Attached', { timeout: 60_000 });
  }

  /** Enterprise step 4: the inter-region connection paid by data transfer. */
  private async eePayByDataTransfer(): Promise<void> {
    const page = this.page;
    await openStep(page, 4);
    await page.getByRole('radio', { name: 'Pay by data transfer (recommended: nothing to buy)' }).check();
    await expectStepDone(page, 4);
  }

  /** Enterprise step 5: the peer attachment between the routers, associated and propagated on both tables. */
  private async eeConnect(mbps: number): Promise<void> {
    const page = this.page;
    await this.sendBandwidth(5, mbps, 'Connect the two routers', 'CreateTransitRouterPeerAttachment');
    await expect(page.getByTestId('tr-peer-status')).toHaveText('Attached', { timeout: 60_000 });
    const link = page.getByRole('button', { name: 'Associate and propagate on both routers', exact: true });
    await expect(link).toBeEnabled({ timeout: 30_000 });
    await link.click();
    for (const s of ['A', 'B'])
      for (const kind of ['association', 'propagation'])
        await expect(page.getByTestId(`tr-peer-${kind}-${s}`)).toHaveText('Active', { timeout: 60_000 });
  }

  /** Enterprise step 3: the side's missing association or propagation on its router's System table. */
  private async eeLink(side: 'A' | 'B'): Promise<void> {
    const page = this.page;
    await openStep(page, 3);
    const panel = page.getByTestId(`tr-attach-side-${side}`);
    await expect(panel.getByTestId(`tr-attachment-${side}`)).toHaveText('Attached', { timeout: 30_000 });
    const link = panel.getByRole('button', { name: 'Associate and propagate' });
    await expect(link).toBeEnabled({ timeout: 30_000 });
    await this.send(
      '(AssociateTransitRouterAttachmentWithRouteTable|EnableTransitRouterRouteTablePropagation)',
      () => link.click(),
    );
    for (const kind of ['association', 'propagation'])
      await expect(panel.getByTestId(`tr-${kind}-${side}`)).toHaveText('Active', { timeout: 60_000 });
  }

  /** Enterprise step 5: the side's VPC route toward its own attachment, by the VPC's owner. */
  private async eeRoute(side: 'A' | 'B'): Promise<void> {
    const page = this.page;
    await openStep(page, 5);
    const add = page.getByRole('button', { name: new RegExp(`^Account ${side}: add the route in vpc-`) });
    await expect(add).toBeEnabled({ timeout: 30_000 });
    await this.send('CreateRouteEntry', () => add.click());
    await expect(page.getByTestId(`tr-route-status-${side}`)).toHaveText('Available', { timeout: 60_000 });
  }

  /** The sandbox's own network of that name (read-only, to find its region and ID on screen). */
  private async network(name: string): Promise<Named> {
    const state = (await (await this.page.request.get('/api/mock/state')).json()) as { vpcs: Named[] };
    const vpc = state.vpcs.find((v) => v.name === name);
    if (!vpc) throw new Error(`no VPC named ${name} in this sandbox`);
    return vpc;
  }

  /**
   * Clicks what sends one write and waits for the BFF's answer to it; a code in retryOn is met, shown by the
   * console, and the same click is made again — any other refusal fails the move.
   */
  private async send(action: string, click: () => Promise<void>): Promise<void> {
    const path = new RegExp(`/api/openapi/(\\w+\\.)?${action}$`);
    for (let attempt = 1; attempt <= 12; attempt++) {
      const answer = this.page.waitForResponse(
        (r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname),
        { timeout: 60_000 },
      );
      await click();
      const response = await answer;
      if (response.ok()) return;
      const body = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
      const code = body.error?.code ?? `HTTP ${response.status()}`;
      this.met.push(code);
      if (!this.solution.retryOn.includes(code))
        throw new Error(`${action} was refused with ${code}, which the scenario's solution does not retry`);
      await expect(this.page.getByTestId('error-code').filter({ hasText: code }).first()).toBeVisible();
    }
    throw new Error(`${action} kept being refused: ${this.met.slice(-3).join(', ')}`);
  }

  /**
   * Waits for what says the move is done; meanwhile a refusal the console shows with its Retry button (a write it
   * makes by itself, e.g. step 4's associate after the purchase, or a read) is retried when retryOn names it.
   */
  private async until(success: Locator): Promise<void> {
    const page = this.page;
    const failed = page
      .getByRole('alert')
      .filter({ has: page.getByTestId('error-code') })
      .filter({ has: page.getByRole('button', { name: 'Retry', exact: true }) })
      .first();
    for (let i = 0; i < 12; i++) {
      await expect(success.or(failed).first()).toBeVisible({ timeout: 30_000 });
      if (await success.isVisible()) return;
      const code = ((await failed.getByTestId('error-code').textContent()) ?? '').trim();
      if (!this.solution.retryOn.includes(code))
        throw new Error(`the console shows ${code}, which the scenario's solution does not retry`);
      this.met.push(code);
      await failed.getByRole('button', { name: 'Retry', exact: true }).click();
    }
    throw new Error(`still refused after 12 retries: ${this.met.slice(-3).join(', ')}`);
  }

  private async createCen(): Promise<void> {
    await openStep(this.page, 1);
    await createCen(this.page);
  }

  /** Step 1's "Or use an existing CEN instance of Account A". */
  private async adoptCen(cen: string): Promise<void> {
    const page = this.page;
    await openStep(page, 1);
    await choose(page, 'Or use an existing CEN instance of Account A', new RegExp(`^${escape(cen)} \\(`));
    await page.getByRole('button', { name: 'Use this CEN', exact: true }).click();
    await expect(page.getByTestId('cen-status')).toHaveText(/Active/);
    await expectStepDone(page, 1);
  }

  private async authorize(name: string): Promise<void> {
    const page = this.page;
    const vpc = await this.network(name);
    await openStep(page, 2);
    await choose(page, 'Region', regionLabel(vpc.regionId, 'en'));
    await choose(page, 'Networks', networkOption(name));
    const granted = page.getByRole('button', { name: 'Use this network', exact: true });
    const authorize = page.getByRole('button', { name: 'Authorize', exact: true });
    await expect(granted.or(authorize)).toBeEnabled();
    // A grant this network already has for the CEN is used, not made twice (step 2 reads B's grant rules).
    if (await granted.isVisible()) await granted.click();
    else await this.send('GrantInstanceToCen', () => authorize.click());
    await this.until(page.getByText(`Account B has authorized the CEN for ${vpc.id}`));
    await expectStepDone(page, 2);
  }

  private async attach(name: string): Promise<void> {
    const page = this.page;
    const vpc = await this.network(name);
    await openStep(page, 3);
    await expect(page.getByLabel('Different Account')).toBeChecked();
    await choose(page, 'Region', regionLabel(vpc.regionId, 'en'));
    await choose(page, 'Networks', networkOption(name));
    const attach = page.getByRole('button', { name: 'Attach network', exact: true });
    await this.send('AttachCenChildInstance', () => attach.click());
    await this.until(page.getByTestId(`attachment-status-${vpc.id}`).filter({ hasText: /^Attached$/ }));
    await expect(page.getByText("Account B's network is attached. Continue with step 4.")).toBeVisible();
    // Not the Steps bar's "Done": when another network of B was attached before (overlapping-cidr), step 3 keeps
    // showing "In progress" after this attach (its reconcile effect does not run again) — reported, step 3 is
    // not ours to change.
  }

  private async buyPackage(mbps: number): Promise<void> {
    const page = this.page;
    await openStep(page, 4);
    await expect(page.getByText(/Proposed from the regions of the attached networks/)).toBeVisible();
    await page.getByLabel('Bandwidth', { exact: true }).fill(String(mbps));
    await page.getByLabel('Bandwidth Package Name').fill(TUTORIAL.packageName);
    const buy = page.getByRole('button', { name: 'Buy bandwidth package', exact: true });
    await this.send('CreateCenBandwidthPackage', () => buy.click());
    await this.until(
      page.getByText('The bandwidth package is associated with the CEN. Continue with step 5.'),
    );
    await expectStepDone(page, 4);
  }

  private async setLimit(mbps: number): Promise<void> {
    const page = this.page;
    await this.sendBandwidth(5, mbps, 'Set cross-region bandwidth', 'SetCenInterRegionBandwidthLimit');
    await this.until(page.getByText('The region connection is Active. Continue with step 6.'));
    await expectStepDone(page, 5);
  }

  /** Step `n`'s bandwidth typed in, then `action` sent by the button named `button` (Basic step 5, Enterprise 5). */
  private async sendBandwidth(n: number, mbps: number, button: string, action: string): Promise<void> {
    const page = this.page;
    await openStep(page, n);
    await page.getByLabel('Bandwidth', { exact: true }).fill(String(mbps));
    const write = page.getByRole('button', { name: button, exact: true });
    await this.send(action, () => write.click());
  }

  /** Step 6: one instance on each side, by name; returns the private IPs the pings go to. */
  private async pickInstances(a: string, b: string): Promise<{ ipA: string; ipB: string }> {
    const page = this.page;
    await openStep(page, 6);
    const pickers = page.getByLabel(/^ECS instance in vpc-/);
    await expect(pickers).toHaveCount(2);
    for (const [i, name] of [a, b].entries()) {
      await pickers.nth(i).click();
      await page.getByRole('option', { name: new RegExp(`^${escape(name)} \\(`) }).click();
    }
    const target = async (side: 'A' | 'B') =>
      ((await page.getByTestId(`ping-from-${side}`).textContent()) ?? '').replace(/^ping -c 4 /, '');
    await expect(page.getByTestId('ping-from-A')).toHaveText(/^ping -c 4 \d/);
    await expect(page.getByTestId('ping-from-B')).toHaveText(/^ping -c 4 \d/);
    return { ipB: await target('A'), ipA: await target('B') };
  }

  private async ping(a: string, b: string): Promise<void> {
    const { ipA, ipB } = await this.pickInstances(a, b);
    await pingBothWays(this.page, ipB, ipA);
    await expectStepDone(this.page, 6);
  }

  /** A one-call fix of the preflight (steps 3, 5) or the path check (step 6), confirmed in its dialog. */
  private async fix(move: Extract<ConsoleMove, { do: 'fix' }>, i: number): Promise<void> {
    const page = this.page;
    let scope = page.locator('body');
    if (move.step === 6) {
      const next = this.solution.moves.slice(i + 1).find((m) => m.do === 'ping');
      await this.pickInstances(next?.a ?? 'a-qingdao-ecs', next?.b ?? 'b-beijing-ecs');
      await page.getByTestId('diagnosis-run').click();
    } else {
      await openStep(page, move.step);
      if (move.network !== undefined) {
        const vpc = await this.network(move.network);
        if (move.step === 3) await choose(page, 'Region', regionLabel(vpc.regionId, 'en'));
        scope = page.getByTestId('preflight-panel').locator('li', { hasText: vpc.id });
      }
    }
    const button = scope
      .getByRole('button', { name: new RegExp(`^Fix: ${escape(move.call)} in Account`) })
      .first();
    await expect(button).toBeVisible({ timeout: 30_000 });
    await button.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(move.call);
    const action = move.call.replace(/^\w+\./, '');
    await this.send(action, () => dialog.getByRole('button', { name: 'Send it' }).click());
    await expect(dialog).toBeHidden();
  }
}
