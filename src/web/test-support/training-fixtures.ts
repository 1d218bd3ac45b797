// Test data for the training component tests: answers shaped like the BFF's (src/server/routes/training*.ts) and
// the mock's control API (mocks/README.md), recorded from a running BFF with CEN_CONNECT_TRAINING=1.
export const SCENARIOS = {
  scenarios: [
    {
      name: 'happy-path',
      title: { en: 'The happy path', zh: '顺利路径' },
      goal: { en: 'Connect the two VPCs.', zh: '连通两个VPC。' },
      whatGoesWrong: { en: 'Nothing goes wrong.', zh: '不会出错。' },
      hints: [{ en: 'Follow the six steps.', zh: '按六个步骤操作。' }],
      seed: 'demo',
    },
    {
      name: 'forgot-to-authorize',
      title: { en: 'Account B forgot to authorize', zh: '账号B忘记授权' },
      goal: { en: 'Attach B’s Beijing VPC and ping.', zh: '加载账号B北京的VPC并ping通。' },
      whatGoesWrong: {
        en: 'A’s attach is refused with 409 Forbbiden.AttachChildInstanceAcrossUid.',
        zh: '账号A加载时返回 409 Forbbiden.AttachChildInstanceAcrossUid。',
      },
      hints: [
        { en: 'The refusal is about permission across accounts.', zh: '这个错误与跨账号权限有关。' },
        { en: 'Does B’s VPC have a grant rule for A’s CEN?', zh: '账号B的VPC是否有授权规则？' },
        {
          en: 'As B: GrantInstanceToCen, then attach again.',
          zh: '以账号B调用 GrantInstanceToCen，然后重新加载。',
        },
      ],
      seed: 'after-step-1',
    },
  ],
  // As the mock lists them (mocks/scenarios/catalogue.ts), with a drill the world picker does not offer.
  seeds: [
    { name: 'demo', title: 'Tutorial start', description: 'The two accounts and their VPCs.' },
    { name: 'after-step-1', title: 'After step 1', description: 'Step 1 done.' },
    { name: 'big-tenant', title: 'Big tenant', description: '2,000 more VPCs.' },
    { name: 'enterprise-edition', title: 'Enterprise Edition only', description: 'Basic refused.' },
    {
      name: 'enterprise-after-step-1',
      title: 'Enterprise Edition, after step 1',
      description: 'Enterprise step 1 done.',
    },
  ],
};

export const session = (scenario = 'forgot-to-authorize', hintsUsed = 0, trainee: string | null = null) => ({
  sandboxId: 'sbx-test0001',
  scenario,
  trainee,
  startedAt: '2026-11-25T18:00:00.000Z',
  completedAt: null,
  resets: 0,
  hintsUsed,
});

const NO_STEPS = { cen: false, grant: false, attach: false, package: false, associate: false, limit: false };

export const progress = (success = false) => ({
  scenario: 'forgot-to-authorize',
  steps: success
    ? { cen: true, grant: true, attach: true, package: true, associate: true, limit: true, ping: true }
    : { ...NO_STEPS, cen: true, ping: false },
  success,
  evidence: { criteria: [{ criterion: 'connectivity A->B', ok: success, detail: 'a → b' }] },
});

export const STATE = {
  now: '2026-11-25T18:10:00.000Z',
  delayMs: 2000,
  cens: [{ id: 'cen-trainee0000000001', name: 'TraineeCen', owner: 'A', status: 'Active' }],
  grants: [
    {
      cenId: 'cen-trainee0000000001',
      cenOwnerUid: '1262302482727553',
      instanceId: 'vpc-beijing00000000001',
      regionId: 'cn-beijing',
    },
  ],
  attachments: [],
  bandwidthPackages: [
    {
      id: 'cenbwp-pkg0000000001',
      name: 'MainlandBandwidthPackage',
      bandwidth: 8,
      areaA: 'china',
      areaB: 'china',
      status: 'Idle',
    },
  ],
  interRegionLimits: [],
  faults: [{ id: 'secret-fault', action: 'AttachCenChildInstance', code: 'Operation.Blocking' }],
  connectivity: [
    { from: 'i-a', to: 'i-b', toIp: '192.168.1.20', reachable: false, reason: 'no route to the target' },
  ],
};

export const AUDIT = {
  entries: [
    {
      time: '2026-11-25T18:05:01.000Z',
      account: 'A',
      action: 'Cbn.CreateCen',
      outcome: 'ok',
      httpStatus: 200,
      durationMs: 5,
      params: {},
    },
    {
      time: '2026-11-25T18:06:02.000Z',
      account: 'A',
      action: 'Cbn.AttachCenChildInstance',
      outcome: 'error',
      code: 'Forbbiden.AttachChildInstanceAcrossUid',
      httpStatus: 409,
      durationMs: 5,
      params: {},
    },
  ],
};

export const DEBRIEF = {
  sandboxId: 'sbx-test0001',
  scenario: 'forgot-to-authorize',
  trainee: 'Li Lei',
  startedAt: '2026-11-25T18:00:00.000Z',
  completedAt: '2026-11-25T18:12:05.000Z',
  durationMs: 725_000,
  resets: 1,
  calls: 42,
  errors: [
    { code: 'Forbbiden.AttachChildInstanceAcrossUid', action: 'Cbn.AttachCenChildInstance', count: 2 },
  ],
  hintsUsed: 2,
  hints: [
    { level: 1, time: '2026-11-25T18:03:00.000Z' },
    { level: 2, time: '2026-11-25T18:04:00.000Z' },
  ],
  charged: [
    {
      action: 'Cbn.CreateCenBandwidthPackage',
      time: '2026-11-25T18:08:00.000Z',
      account: 'A',
      clientToken: 'tok-1',
      billing: 'Prepaid subscription, billed when bought; a bandwidth plan is not refunded without a ticket.',
      details: {
        bandwidthMbps: 8,
        chargeType: 'PREPAY',
        pricingCycle: 'Month',
        period: 1,
        areas: ['China', 'China'],
      },
      repeats: 1,
    },
  ],
  success: true,
  steps: progress(true).steps,
  evidence: progress(true).evidence,
};

export const TRAINER_LIST = {
  idleMinutes: 120,
  sandboxes: [
    {
      id: 'sbx-aaaa',
      trainee: 'Li Lei',
      scenario: 'forgot-to-authorize',
      createdAt: '2026-11-25T18:00:00.000Z',
      lastUsedAt: '2026-11-25T18:05:00.000Z',
      expiresAt: '2026-11-25T20:05:00.000Z',
      calls: 12,
      progress: { steps: { ...NO_STEPS, cen: true, grant: true, ping: false }, success: false },
      attempt: 4,
      resets: 3,
      hintsUsed: 1,
      errors: 3,
      completedAt: null,
      inSession: true,
    },
    {
      id: 'sbx-bbbb',
      trainee: null,
      scenario: 'happy-path',
      createdAt: '2026-11-25T18:00:00.000Z',
      lastUsedAt: '2026-11-25T18:09:00.000Z',
      expiresAt: '2026-11-25T20:09:00.000Z',
      calls: 30,
      progress: { steps: progress(true).steps, success: true },
      hintsUsed: 0,
      errors: 0,
      completedAt: '2026-11-25T18:09:00.000Z',
      inSession: true,
    },
  ],
};
