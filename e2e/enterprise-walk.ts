// The tutorial's steps on Enterprise Edition as a user does them (docs/reference/enterprise-edition.md §2), in
// either language of the console: each move starts on its step's screen and ends when the step is done, like the
// Basic moves of walk.ts, so a spec chains them (enterprise-full-walk.spec.ts) from the mock's "enterprise-edition"
// world, where neither account has the transit-router service yet, to both pings answered. Located by role, label and the words the
// console's text tables give (src/web/steps/*/enterprise-text.ts), never by CSS class; no ID is typed by hand.
import { expect, type Page } from '@playwright/test';
import { ENTERPRISE_WALK_CHOICES } from '../test-support/enterprise-walk-plan';
import {
  EN,
  TUTORIAL,
  ZH,
  choose,
  expectStepDone,
  networkOption,
  next,
  stepHeading,
  type Words,
} from './walk';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Enterprise screens' words the walk needs, in one language (with the shared step words of walk.ts). */
export interface EnterpriseWords {
  base: Words;
  edition: string;
  serviceOff: string;
  serviceOn: string;
  openService: (account: 'A' | 'B') => string;
  /** antd spaces a two-character Chinese button label ("开 通"), hence a pattern. */
  confirmOpen: RegExp;
  name: string;
  region: string;
  networks: string;
  vpcOf: (account: 'A' | 'B') => string;
  createCen: string;
  createRouters: string;
  cenId: string;
  uidA: string;
  grantsNone: string;
  grant: string;
  grantMatch: string;
  attach: (account: 'A' | 'B') => string;
  link: string;
  payByDataTransfer: string;
  peerBandwidth: string;
  connectRouters: string;
  linkPeer: string;
  addRoute: (account: 'A' | 'B') => RegExp;
  /** Step 6's instance picker of each side (messages.ts ecsSide: "ECS instance in {network} ({region})"). */
  instanceOf: (account: 'A' | 'B') => RegExp;
  checkPath: string;
  /** The ping's statistics line when every packet came back (diagnosis/ui-text.ts ping.stats). */
  noLoss: string;
  /** Cloud statuses as the console writes them (src/web/i18n/cloud-status.ts). */
  status: { Active: string; Attached: string; Available: string };
}

export const EE_EN: EnterpriseWords = {
  base: EN,
  edition: 'Enterprise Edition',
  serviceOff: 'Off',
  serviceOn: 'On',
  openService: (account) => `Turn on in Account ${account}`,
  confirmOpen: /^Turn it on$/,
  name: 'Name',
  region: 'Region',
  networks: 'Networks',
  vpcOf: (account) => `Account ${account}’s VPC`,
  createCen: 'Create CEN instance',
  createRouters: 'Create the transit routers',
  cenId: 'CEN ID',
  uidA: "Account A's UID",
  grantsNone: 'This VPC is not granted to any CEN yet.',
  grant: 'Grant to the CEN',
  grantMatch: 'This CEN, Account A',
  attach: (account) => `Attach Account ${account}’s VPC`,
  link: 'Associate and propagate',
  payByDataTransfer: 'Pay by data transfer (recommended: nothing to buy)',
  peerBandwidth: 'Bandwidth',
  connectRouters: 'Connect the two routers',
  linkPeer: 'Associate and propagate on both routers',
  addRoute: (account) => new RegExp(`^Account ${account}: add the route`),
  instanceOf: (account) =>
    new RegExp(`^ECS instance in vpc-.* \\(${escape(account === 'A' ? EN.regionA : EN.regionB)}\\)$`),
  checkPath: 'Check the path',
  noLoss: 'loss 0%',
  status: { Active: 'Active', Attached: 'Attached', Available: 'Available' },
};

export const EE_ZH: EnterpriseWords = {
  base: ZH,
  edition: '企业版',
  serviceOff: '未开通',
  serviceOn: '已开通',
  openService: (account) => `在账号${account}中开通`,
  confirmOpen: /^开 ?通$/,
  name: '名称',
  region: '地域',
  networks: '网络实例',
  vpcOf: (account) => `账号${account}的VPC`,
  createCen: '创建CEN实例',
  createRouters: '创建转发路由器',
  cenId: 'CEN实例ID',
  uidA: '账号A的UID',
  grantsNone: '该VPC尚未授权给任何CEN实例。',
  grant: '授权给CEN实例',
  grantMatch: '本CEN实例，账号A',
  attach: (account) => `连接账号${account}的VPC`,
  link: '关联并传播',
  payByDataTransfer: '按流量付费（推荐：无需购买）',
  peerBandwidth: '带宽',
  connectRouters: '连接两个转发路由器',
  linkPeer: '在两个转发路由器上关联并传播',
  addRoute: (account) => new RegExp(`^账号${account}：在 vpc-\\S+ 中添加路由`),
  instanceOf: (account) => new RegExp(`（${escape(account === 'A' ? ZH.regionA : ZH.regionB)}）中的ECS实例$`),
  checkPath: '检查路径',
  noLoss: '丢包率 0%',
  status: { Active: '可用', Attached: '已加载', Available: '可用' },
};

/** The Mbit/s cap of the DataTransfer connection the walk creates in step 5 (the plan's too). */
export const EE_PEER_MBPS = ENTERPRISE_WALK_CHOICES.peerMbps;

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

/**
 * Opens the console (in Chinese when w is EE_ZH: the 中文 switch, as a user does) on a world where Basic Edition is
 * refused; step 1 says the journey is on Enterprise Edition.
 */
export async function openEnterprise(page: Page, w: EnterpriseWords): Promise<void> {
  await page.goto('/');
  if (w.base === ZH) {
    await button(page, '中文').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }
  await expect(stepHeading(page, 1, w.base)).toBeVisible();
  await expect(page.getByTestId('cen-edition')).toContainText(w.edition, { timeout: 30_000 });
}

/**
 * Step 1 (docs/reference/enterprise-edition.md §2 steps 0–2): each account's transit-router service turned on once the user confirms it, the CEN with
 * A's Qingdao VPC and B's Beijing VPC, then one transit router per region, until all are Active.
 */
export async function createEnterpriseCen(page: Page, w: EnterpriseWords): Promise<void> {
  for (const account of ['A', 'B'] as const) {
    await expect(page.getByTestId(`tr-service-${account}`)).toHaveText(w.serviceOff, { timeout: 30_000 });
    await button(page, w.openService(account)).click();
    // Nothing is sent before the confirmation: it places an order that cannot be undone.
    await button(page, w.confirmOpen).click();
    await expect(page.getByTestId(`tr-service-${account}`)).toHaveText(w.serviceOn, { timeout: 30_000 });
  }
  await page
    .getByRole('textbox', { name: new RegExp(`^(\\* )?${w.name}$`) })
    .fill(ENTERPRISE_WALK_CHOICES.cenName);
  for (const [account, region, vpc] of [
    ['A', w.base.regionA, ENTERPRISE_WALK_CHOICES.vpcNames.A],
    ['B', w.base.regionB, ENTERPRISE_WALK_CHOICES.vpcNames.B],
  ] as const) {
    const group = page.getByRole('group', { name: w.vpcOf(account) });
    await choose(page, w.region, region, group);
    await choose(page, w.networks, networkOption(vpc), group);
  }
  await button(page, w.createCen).click();
  await expect(page.getByTestId('cen-status')).toHaveText(w.status.Active, { timeout: 30_000 });
  const routers = button(page, w.createRouters);
  await expect(routers).toBeEnabled({ timeout: 30_000 });
  await routers.click();
  for (const region of ['cn-qingdao', 'cn-beijing'])
    await expect(page.getByTestId(`tr-status-${region}`)).toHaveText(w.status.Active, { timeout: 30_000 });
  await expectStepDone(page, 1, w.base);
}

/** Step 2 (docs/reference/enterprise-edition.md §2 step 3) as Account B: the CEN, A's UID and B's VPC filled in; A pays (the default); the grant listed. */
export async function grantEnterprise(page: Page, w: EnterpriseWords): Promise<void> {
  await expect(stepHeading(page, 2, w.base)).toBeVisible();
  await expect(page.getByLabel(w.cenId, { exact: true })).toHaveValue(/^cen-/);
  await expect(page.getByLabel(w.uidA, { exact: true })).toHaveValue('1262302482727553', { timeout: 30_000 });
  await expect(page.getByText(w.grantsNone)).toBeVisible({ timeout: 30_000 });
  await button(page, w.grant).click();
  await expect(page.getByText(w.grantMatch, { exact: true })).toBeVisible({ timeout: 30_000 });
  await expectStepDone(page, 2, w.base);
}

/**
 * Step 3 (docs/reference/enterprise-edition.md §2 steps 5–6): both VPCs attached on their preselected vSwitches (one zone per region in this world), then
 * each attachment associated with and propagating to its router's System table, until Active.
 */
export async function attachEnterprise(page: Page, w: EnterpriseWords): Promise<void> {
  await expect(stepHeading(page, 3, w.base)).toBeVisible();
  for (const s of ['A', 'B'] as const) {
    const side = page.getByTestId(`tr-attach-side-${s}`);
    const attach = side.getByRole('button', { name: w.attach(s) });
    await expect(attach).toBeEnabled({ timeout: 30_000 });
    await attach.click();
    await expect(side.getByTestId(`tr-attachment-${s}`)).toHaveText(w.status.Attached, { timeout: 60_000 });
  }
  for (const s of ['A', 'B'] as const) {
    const link = page.getByTestId(`tr-attach-side-${s}`).getByRole('button', { name: w.link, exact: true });
    await expect(link).toBeEnabled({ timeout: 30_000 });
    await link.click();
  }
  for (const s of ['A', 'B'] as const)
    for (const kind of ['association', 'propagation'])
      await expect(page.getByTestId(`tr-${kind}-${s}`)).toHaveText(w.status.Active, { timeout: 60_000 });
  await expectStepDone(page, 3, w.base);
}

/** Step 4 (docs/reference/enterprise-edition.md §2 step 7): pay the inter-region connection by data transfer, so nothing is bought. */
export async function payByDataTransfer(page: Page, w: EnterpriseWords): Promise<void> {
  await expect(stepHeading(page, 4, w.base)).toBeVisible();
  await page.getByRole('radio', { name: w.payByDataTransfer }).check();
  await expectStepDone(page, 4, w.base);
}

/**
 * Step 5 (docs/reference/enterprise-edition.md §2 steps 8–10): the peer attachment between the routers (EE_PEER_MBPS cap), linked on both System
 * tables, and each VPC's route to the other VPC's CIDR block (the default choice), until Available.
 */
export async function connectEnterprise(page: Page, w: EnterpriseWords): Promise<void> {
  await expect(stepHeading(page, 5, w.base)).toBeVisible();
  await page.getByLabel(w.peerBandwidth, { exact: true }).fill(String(EE_PEER_MBPS));
  await button(page, w.connectRouters).click();
  await expect(page.getByTestId('tr-peer-status')).toHaveText(w.status.Attached, { timeout: 60_000 });
  const link = button(page, w.linkPeer);
  await expect(link).toBeEnabled({ timeout: 30_000 });
  await link.click();
  for (const s of ['A', 'B'] as const)
    for (const kind of ['association', 'propagation'])
      await expect(page.getByTestId(`tr-peer-${kind}-${s}`)).toHaveText(w.status.Active, { timeout: 60_000 });
  for (const s of ['A', 'B'] as const) {
    const add = button(page, w.addRoute(s));
    await expect(add).toBeEnabled({ timeout: 30_000 });
    await add.click();
  }
  for (const s of ['A', 'B'] as const)
    await expect(page.getByTestId(`tr-route-status-${s}`)).toHaveText(w.status.Available, {
      timeout: 60_000,
    });
  await expectStepDone(page, 5, w.base);
}

/**
 * Step 6: an instance on each side, the ping to run on each, then the path check and the active ping both ways
 * through Cloud Assistant (4 of 4 replies each way); on Enterprise Edition the step is done once both answer.
 */
export async function pingEnterprise(page: Page, w: EnterpriseWords): Promise<void> {
  await expect(stepHeading(page, 6, w.base)).toBeVisible();
  await choose(page, w.instanceOf('A'), new RegExp(ENTERPRISE_WALK_CHOICES.instanceNames.A));
  await choose(page, w.instanceOf('B'), new RegExp(ENTERPRISE_WALK_CHOICES.instanceNames.B));
  await expect(page.getByTestId('ping-from-A')).toHaveText(`ping -c 4 ${TUTORIAL.ipB}`);
  await expect(page.getByTestId('ping-from-B')).toHaveText(`ping -c 4 ${TUTORIAL.ipA}`);
  await button(page, w.checkPath).click();
  for (const [s, ip] of [
    ['A', TUTORIAL.ipB],
    ['B', TUTORIAL.ipA],
  ] as const) {
    const section = page.getByTestId(`ping-${s}`);
    await section.getByRole('button', { name: new RegExp(`ping -c 4 ${escape(ip)}$`) }).click();
    await expect(section.getByTestId(`ping-${s}-stats`)).toContainText(w.noLoss, { timeout: 30_000 });
  }
  await expectStepDone(page, 6, w.base);
}

/** The six steps on Enterprise Edition from the "enterprise-edition" world, each ending with the next step opened. */
export async function walkEnterprise(page: Page, w: EnterpriseWords): Promise<void> {
  await openEnterprise(page, w);
  await createEnterpriseCen(page, w);
  await next(page, 2, w.base);
  await grantEnterprise(page, w);
  await next(page, 3, w.base);
  await attachEnterprise(page, w);
  await next(page, 4, w.base);
  await payByDataTransfer(page, w);
  await next(page, 5, w.base);
  await connectEnterprise(page, w);
  await next(page, 6, w.base);
  await pingEnterprise(page, w);
}
