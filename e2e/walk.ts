// The tutorial's steps as a user does them, for every spec, located by role and label as a user sees them, never by
// CSS class (https://playwright.dev/docs/best-practices#use-locators). Each helper starts on its step's screen and
// ends when the cloud says the step is done, so a spec can chain them (the full walk) or call one after seeding the
// mock with "after step N-1".
import { expect, type Locator, type Page } from '@playwright/test';

/** The tutorial's values (docs/reference/tutorial.md; mocks/scenarios/demo.ts TUTORIAL). */
export const TUTORIAL = {
  cenName: 'DifferentAccountDifferentRegion',
  packageName: 'MainlandBandwidthPackage',
  packageMbps: 8,
  limitMbps: 5,
  ipA: '172.16.1.10',
  ipB: '192.168.1.20',
} as const;

export interface Words {
  titles: readonly [string, string, string, string, string, string];
  tutorialSteps: string;
  stepN: (n: number) => string;
  done: string;
  inProgress: string;
  waiting: string;
  next: string;
  regionA: string;
  regionB: string;
}

export const EN: Words = {
  titles: [
    'Account A creates a CEN instance',
    'Account B authorizes Account A to attach a network under Account B',
    'Account A attaches the network',
    'Account A buys a bandwidth package',
    'Set the cross-region bandwidth',
    'Test the connectivity',
  ],
  tutorialSteps: 'Tutorial steps',
  stepN: (n) => `Step ${n}`,
  done: 'Done',
  inProgress: 'In progress',
  waiting: 'Waiting',
  next: 'Next step',
  regionA: 'China North 1 (Qingdao)',
  regionB: 'China North 2 (Beijing)',
};

export const ZH: Words = {
  titles: [
    '账号A创建CEN实例',
    '账号B授权账号A加载账号B的网络',
    '账号A加载网络实例',
    '账号A购买带宽包',
    '设置跨地域带宽',
    '测试连通性',
  ],
  tutorialSteps: '教程步骤',
  stepN: (n) => `步骤${n}`,
  done: '已完成',
  inProgress: '进行中',
  waiting: '等待中',
  next: '下一步',
  regionA: '华北1（青岛）',
  regionB: '华北2（北京）',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Steps bar entry of step n (an antd Steps item is a button named by its title and state line). */
export function navStep(page: Page, n: number, words: Words = EN): Locator {
  return page
    .getByRole('navigation', { name: words.tutorialSteps })
    .getByRole('button', { name: new RegExp(`${escape(words.stepN(n))} ·`) });
}

/**
 * After a load, the saved progress has been checked against the cloud (app.tsx: the Steps bar is aria-busy until
 * then). A test that changes the cloud after a reload waits for this first, or the check may read the changed cloud
 * and rightly open another step.
 */
export async function expectProgressChecked(page: Page, words: Words = EN): Promise<void> {
  await expect(page.getByRole('navigation', { name: words.tutorialSteps })).toHaveAttribute(
    'aria-busy',
    'false',
  );
}

/** The heading of the step on screen, e.g. "Step 3 Account A attaches the network". */
export function stepHeading(page: Page, n: number, words: Words = EN): Locator {
  return page.getByRole('heading', { level: 2, name: `${words.stepN(n)} ${words.titles[n - 1]}` });
}

export async function openStep(page: Page, n: number, words: Words = EN): Promise<void> {
  await navStep(page, n, words).click();
  await expect(stepHeading(page, n, words)).toBeVisible();
}

export async function expectStepDone(page: Page, n: number, words: Words = EN): Promise<void> {
  await expect(navStep(page, n, words)).toContainText(words.done);
}

/** Opens the labelled antd Select and clicks one of its options, as a user with a mouse. */
export async function choose(
  page: Page,
  label: string | RegExp,
  option: string | RegExp,
  /** Where the field is, when the screen has two of that label (step 1 on Enterprise: A's and B's Region). */
  within: Page | Locator = page,
): Promise<void> {
  const exact = typeof label === 'string';
  const field = within.getByLabel(label, { exact });
  // A `has` locator is queried inside each match, so it starts from the page, not from `within`.
  const select = within.locator('.ant-select', { has: page.getByLabel(label, { exact }) });
  // The choice must show in the field. A click can be lost while the list re-renders under the pointer (its
  // options were still loading, e.g. step 3's grants); the list then stays open and, like a user, we click again.
  // Without this check the test would pass here and fail later with a confusing "Choose a network".
  await expect(async () => {
    if ((await field.getAttribute('aria-expanded')) !== 'true') await field.click();
    await page.getByRole('option', { name: option }).click({ timeout: 5_000 });
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** A network option: its name first, so "B-Beijing-VPC" never matches "B-Beijing-Legacy-VPC". */
export const networkOption = (name: string) => new RegExp(`^${escape(name)} \\(`);

/** Clicks the "Next step" of the success message on screen and checks the next step opened. */
export async function next(page: Page, to: number, words: Words = EN): Promise<void> {
  await page.getByRole('button', { name: words.next, exact: true }).click();
  await expect(stepHeading(page, to, words)).toBeVisible();
}

/** Step 1, adopting the CEN a seeded scenario made ("Or use an existing CEN instance of Account A"). */
export async function adoptCen(page: Page): Promise<void> {
  await page.goto('/');
  await choose(page, 'Or use an existing CEN instance of Account A', new RegExp(TUTORIAL.cenName));
  await page.getByRole('button', { name: 'Use this CEN', exact: true }).click();
  await expect(page.getByTestId('cen-status')).toHaveText(/Active/);
  await expectStepDone(page, 1);
}

/** Step 1 with the tutorial's optional "Attach a network" part: Account A's own VPC (Current Account). */
export async function createCen(page: Page, name: string = TUTORIAL.cenName): Promise<void> {
  await expect(stepHeading(page, 1)).toBeVisible();
  // By role and exact name: in training mode the dock above has "Your name (optional)" too.
  await page.getByRole('textbox', { name: /^(\* )?Name$/ }).fill(name);
  await page.getByLabel('Description').fill('Created by the e2e suite');
  await page.getByLabel('Attach a network').check();
  await page.getByLabel('Current Account').check();
  await choose(page, 'Region', EN.regionA);
  await choose(page, 'Networks', networkOption('A-Qingdao-VPC'));
  await page.getByRole('button', { name: 'Create CEN instance', exact: true }).click();
  await expect(page.getByTestId('cen-status')).toHaveText(/Active/);
  await expect(page.getByTestId('own-network-status')).toHaveText('Attached');
  await expectStepDone(page, 1);
}

/** Step 2 as Account B: its Beijing VPC, the CEN ID and A's UID filled in. */
export async function authorize(page: Page): Promise<void> {
  await expect(stepHeading(page, 2)).toBeVisible();
  await expect(page.getByLabel('CEN ID')).toHaveValue(/^cen-/);
  await expect(page.getByLabel("Account A's UID")).toHaveValue('1262302482727553');
  await choose(page, 'Region', EN.regionB);
  await choose(page, 'Networks', networkOption('B-Beijing-VPC'));
  await page.getByRole('button', { name: 'Authorize', exact: true }).click();
  await expect(page.getByText(/^Account B has authorized the CEN for vpc-/)).toBeVisible();
  await expectStepDone(page, 2);
}

/** Step 3: Account A attaches B's granted VPC (Different Account, B's UID filled in) and waits for Attached. */
export async function attachB(page: Page): Promise<void> {
  await expect(stepHeading(page, 3)).toBeVisible();
  await expect(page.getByLabel('Different Account')).toBeChecked();
  await expect(page.getByLabel('Owner Account')).toHaveValue('9263584710374521');
  await choose(page, 'Region', EN.regionB);
  // Only networks granted to this CEN can be chosen; the others say why.
  await page.getByLabel('Networks', { exact: true }).click();
  await expect(page.getByRole('option', { name: networkOption('B-Beijing-Legacy-VPC') })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.getByRole('option', { name: networkOption('B-Beijing-VPC') }).click();
  await page.getByRole('button', { name: 'Attach network', exact: true }).click();
  await expect(page.getByText("Account B's network is attached. Continue with step 4.")).toBeVisible();
  await expectStepDone(page, 3);
}

/** Step 4: the areas proposed from the attached regions, 8 Mbps, the tutorial's name, 1 month; then associated. */
export async function buyPackage(page: Page): Promise<void> {
  await expect(stepHeading(page, 4)).toBeVisible();
  await expect(page.getByText(/Proposed from the regions of the attached networks/)).toBeVisible();
  await expect(page.getByRole('note')).toContainText('cannot be deleted or refunded');
  await page.getByLabel('Bandwidth', { exact: true }).fill(String(TUTORIAL.packageMbps));
  await page.getByLabel('Bandwidth Package Name').fill(TUTORIAL.packageName);
  await page.getByRole('button', { name: 'Buy bandwidth package', exact: true }).click();
  await expect(
    page.getByText('The bandwidth package is associated with the CEN. Continue with step 5.'),
  ).toBeVisible();
  await expectStepDone(page, 4);
}

/** Step 5: package and regions proposed; 5 of the 8 Mbps between Qingdao and Beijing, polled until Active. */
export async function setLimit(page: Page): Promise<void> {
  await expect(stepHeading(page, 5)).toBeVisible();
  await expect(page.getByText(`Remaining${TUTORIAL.packageMbps} Mbps`)).toBeVisible();
  await submitLimit(page);
  await expectLimitActive(page);
}

/** Step 5's form sent: the bandwidth between the two regions (the tutorial's 5 Mbps unless given), then its button. */
export async function submitLimit(page: Page, mbps: number = TUTORIAL.limitMbps): Promise<void> {
  await page.getByLabel('Bandwidth', { exact: true }).fill(String(mbps));
  await page.getByRole('button', { name: 'Set cross-region bandwidth', exact: true }).click();
}

/** Step 5 ends: the console says the region connection is Active and the Steps bar marks step 5 done. */
export async function expectLimitActive(page: Page): Promise<void> {
  await expect(page.getByText('The region connection is Active. Continue with step 6.')).toBeVisible();
  await expectStepDone(page, 5);
}

/** Step 6: one ECS instance on each side, their private IPs and the exact ping to run on each. */
export async function pickInstances(page: Page): Promise<void> {
  await expect(stepHeading(page, 6)).toBeVisible();
  await choose(page, /^ECS instance in vpc-.* \(China North 1 \(Qingdao\)\)$/, /a-qingdao-ecs/);
  await choose(page, /^ECS instance in vpc-.* \(China North 2 \(Beijing\)\)$/, /b-beijing-ecs/);
  await expect(page.getByTestId('ping-from-A')).toHaveText(`ping -c 4 ${TUTORIAL.ipB}`);
  await expect(page.getByTestId('ping-from-B')).toHaveText(`ping -c 4 ${TUTORIAL.ipA}`);
  await expectStepDone(page, 6);
}

/** Step 6's active test both ways through Cloud Assistant: 4 of 4 replies each way (to B's IP, then to A's). */
export async function pingBothWays(
  page: Page,
  ipB: string = TUTORIAL.ipB,
  ipA: string = TUTORIAL.ipA,
): Promise<void> {
  // "Check again" once the path was checked on this screen (e.g. before a fix).
  await page.getByRole('button', { name: /^Check (the path|again)$/ }).click();
  for (const [account, ip] of [
    ['A', ipB],
    ['B', ipA],
  ] as const) {
    const section = page.getByRole('region', {
      name: new RegExp(`^Ping ${ip} from .*\\(Account ${account}\\)`),
    });
    await section.getByRole('button', { name: `Active test (Cloud Assistant): ping -c 4 ${ip}` }).click();
    await expect(section.getByRole('status')).toContainText('4 of 4 replies', { timeout: 20_000 });
  }
}

/** Records the console's calls of one OpenAPI action, plain ("CreateCen") or qualified ("Vpc.GrantInstanceToCen"). */
export function recordCalls(page: Page, action: string): string[] {
  const calls: string[] = [];
  const path = new RegExp(`/api/openapi/(\\w+\\.)?${action}$`);
  page.on('request', (request) => {
    if (path.test(new URL(request.url()).pathname)) calls.push(request.url());
  });
  return calls;
}

/** Starts from a seeded "after step n-1" cloud: adopts its CEN in step 1, then opens step n from the Steps bar. */
export async function startAt(page: Page, n: number): Promise<void> {
  await adoptCen(page);
  await openStep(page, n);
}

export interface AuditEntry {
  time: string;
  action: string;
  outcome: 'ok' | 'error';
  code?: string;
  attempts?: number;
  params: Record<string, unknown>;
}

/**
 * The BFF's audit of the calls it made to the cloud (GET /api/audit) for one action ("CreateCen"), since an ISO
 * time (the audit outlives mock resets, so a test reads only its own calls).
 */
export async function auditOf(page: Page, action: string, since: string): Promise<AuditEntry[]> {
  const response = await page.request.get('/api/audit');
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { entries: AuditEntry[] };
  return body.entries.filter(
    (e) => e.time >= since && (e.action === action || e.action.endsWith(`.${action}`)),
  );
}

/**
 * Chromium logs every HTTP error answer as a console error ("Failed to load resource: … status of 504"). A fault
 * drill expects those for the statuses it injects; anything else the page prints still fails the test (fixtures.ts).
 */
export function allowFailedLoads(consoleErrors: string[], statuses: readonly number[]): void {
  const expected = new RegExp(
    `^Failed to load resource: the server responded with a status of (${statuses.join('|')}) `,
  );
  const rest = consoleErrors.filter((e) => !expected.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...rest);
}

/**
 * All six steps from the demo world, ending with the ping both ways (full-walk and secret-leak specs; the static
 * demo's spec starts at its own URL).
 */
export async function walkAllSteps(page: Page, start = '/'): Promise<void> {
  await page.goto(start);
  await createCen(page);
  await next(page, 2);
  await authorize(page);
  await next(page, 3);
  await attachB(page);
  await next(page, 4);
  await buyPackage(page);
  await next(page, 5);
  await setLimit(page);
  await next(page, 6);
  await pickInstances(page);
  await pingBothWays(page);
}
