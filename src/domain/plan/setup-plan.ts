// The tutorial (tutorial-cen-cross-account.md) as the ordered OpenAPI calls the console makes, cen-api.md §2:
//   1  A  Cbn.CreateCen                      (+ A's own network: Cbn.AttachCenChildInstance, "Attach a network")
//   2  B  Vpc.GrantInstanceToCen             (B's VPC console, "CEN Cross Account Authorization")
//   3  A  Cbn.AttachCenChildInstance         (with ChildInstanceOwnerId = B's UID)
//   4  A  Cbn.CreateCenBandwidthPackage → Cbn.AssociateCenBandwidthPackage
//   5  A  Cbn.SetCenInterRegionBandwidthLimit
//   6  —  ping between the ECS instances (no OpenAPI call; the diagnosis engine covers it)
// Each call says what it waits for, so the console polls exactly what Terraform polls (cen-api.md §3).
import { checkInterRegionLimit, describeLimitProblem, LIMIT_MIN } from '../bandwidth';
import { findArea } from '../regions';
import { buildCall, propagateBlocked, ref } from './call-builder';
import type { Plan, PlannedCall } from './plan-types';
import type { LimitInput, NetworkInput, SetupInput } from './setup-input';
import { cenWait, childWait, limitWait, packageWait } from './waits';

/** ClientToken purposes; step 1 and 2 match the console's (create-cen-form.tsx, authorize-step.tsx). */
export const TOKEN_PURPOSE = {
  createCen: 'step1.CreateCen',
  grant: (cenId: string, instanceId: string) => `step2.GrantInstanceToCen:${cenId}:${instanceId}`,
  createPackage: 'step4.CreateCenBandwidthPackage',
  revoke: (cenId: string, instanceId: string) => `teardown.RevokeInstanceFromCen:${cenId}:${instanceId}`,
} as const;

export const attachCallId = (n: Pick<NetworkInput, 'instanceId'>) => `attach:${n.instanceId}`;
export const grantCallId = (n: Pick<NetworkInput, 'instanceId'>) => `grant:${n.instanceId}`;
/** Region pairs are unordered (TF's limit ID sorts them, cen-api.md §2 step 5). */
export const limitCallId = (a: string, b: string) => `limit:${[a, b].sort().join(':')}`;

function attachStatus(n: NetworkInput): Pick<PlannedCall, 'status' | 'reason'> {
  switch (n.attachment) {
    case 'Attached':
      return { status: 'done' };
    case 'Attaching':
      return { status: 'waiting' };
    case 'Detaching':
      return {
        status: 'blocked',
        reason: `${n.instanceId} is being detached; attach it again once it is gone.`,
      };
    default:
      return { status: 'pending' };
  }
}

export function planSetup(input: SetupInput): Plan {
  const { accounts, clientTokens } = input;
  const cenIdValue = input.cen.id;
  const cenId = ref('cenId', cenIdValue);
  const pkgInput = input.bandwidthPackage;
  const pkgId = ref('bandwidthPackageId', pkgInput?.id);
  const calls: PlannedCall[] = [];
  const cenLabel = cenIdValue ?? 'the new CEN';

  // ── Step 1 (A): create the CEN, wait until Active (TF BuildStateConf target Active, cen-api.md §3) ──
  calls.push(
    buildCall({
      id: 'create-cen',
      step: 1,
      product: 'Cbn',
      action: 'CreateCen',
      account: 'A',
      params: { Name: input.cen.name, Description: input.cen.description || undefined },
      produces: { output: 'cenId', field: 'CenId' },
      tokenPurpose: TOKEN_PURPOSE.createCen,
      clientTokens,
      waitFor: cenWait(cenId, ['Active']),
      ...(cenIdValue
        ? { status: input.cen.status === 'Active' ? 'done' : 'waiting' }
        : input.cen.name
          ? { status: 'pending' }
          : { status: 'blocked', reason: 'Enter the CEN name in step 1.' }),
      summary: `Account A creates the CEN instance${input.cen.name ? ` "${input.cen.name}"` : ''}`,
    }),
  );

  const attach = (n: NetworkInput, step: 1 | 3, dependsOn: string[]) => {
    const crossAccount = n.owner === 'B';
    const missingUid = crossAccount && !accounts.B.uid;
    return buildCall({
      id: attachCallId(n),
      step,
      product: 'Cbn',
      action: 'AttachCenChildInstance',
      account: 'A',
      params: {
        CenId: cenId,
        ChildInstanceId: n.instanceId,
        ChildInstanceType: n.type,
        ChildInstanceRegionId: n.regionId,
        // Required across accounts (cen-api.md §2 step 3); the tutorial's "Owner Account" field.
        ChildInstanceOwnerId: crossAccount ? accounts.B.uid : undefined,
      },
      dependsOn,
      waitFor: childWait(cenId, n, ['Attached']),
      ...(missingUid && attachStatus(n).status === 'pending'
        ? { status: 'blocked' as const, reason: "Account B's UID is unknown." }
        : attachStatus(n)),
      summary: `Account A attaches ${crossAccount ? "Account B's" : 'its'} ${n.type} ${n.instanceId} (${n.regionId}) to ${cenLabel}`,
    });
  };

  // Step 1's "Attach a network": A's own networks (no grant needed).
  for (const n of input.networks.filter((x) => x.owner === 'A')) calls.push(attach(n, 1, ['create-cen']));

  // ── Step 2 (B): grant, in the network's own region — never a global region (peers.md §1.2) ──
  const bNetworks = input.networks.filter((x) => x.owner === 'B');
  for (const n of bNetworks) {
    const pending = !n.granted && n.attachment !== 'Attached' && n.attachment !== 'Attaching';
    calls.push(
      buildCall({
        id: grantCallId(n),
        step: 2,
        product: 'Vpc',
        action: 'GrantInstanceToCen',
        account: 'B',
        regionId: n.regionId,
        params: {
          RegionId: n.regionId,
          InstanceId: n.instanceId,
          InstanceType: n.type,
          CenId: cenId,
          // A's UID, not a "CenUid" (cen-api.md §2 step 2).
          CenOwnerId: accounts.A.uid,
        },
        tokenPurpose: TOKEN_PURPOSE.grant(cenIdValue ?? '{{cenId}}', n.instanceId),
        clientTokens,
        dependsOn: ['create-cen'],
        // Synchronous: TF does not poll after GrantInstanceToCen (cen-api.md §2 step 2).
        ...(!pending
          ? { status: 'done' as const }
          : accounts.A.uid
            ? { status: 'pending' as const }
            : { status: 'blocked' as const, reason: "Account A's UID is unknown." }),
        summary: `Account B authorizes ${cenLabel} (owner A) to attach its ${n.type} ${n.instanceId} (${n.regionId})`,
      }),
    );
  }
  // ── Step 3 (A): attach B's networks once granted (else 409 Forbbiden.AttachChildInstanceAcrossUid) ──
  for (const n of bNetworks) calls.push(attach(n, 3, ['create-cen', grantCallId(n)]));
  if (input.networks.length === 0)
    calls.push(
      buildCall({
        id: 'attach:(not chosen)',
        step: 3,
        product: 'Cbn',
        action: 'AttachCenChildInstance',
        account: 'A',
        params: {},
        status: 'blocked',
        reason: "Choose Account B's network in step 2.",
        summary: "Account A attaches Account B's network",
      }),
    );

  // ── Step 4 (A): buy the package (wait Idle), associate it (wait InUse) ──
  const pkgReady = pkgInput?.status === 'Idle' || pkgInput?.status === 'InUse';
  // Subscription paid at once, like the console's step 4 and Terraform (AutoPay=true, cen-api.md §2 step 4). A
  // pay-as-you-go package has no purchase period; a prepaid one bought elsewhere has one nobody can read back.
  const prepaid = (pkgInput?.chargeType ?? 'PREPAY') === 'PREPAY';
  const periodUnknown = prepaid && (pkgInput?.period === undefined || pkgInput.pricingCycle === undefined);
  const term = !pkgInput
    ? ''
    : !prepaid
      ? 'pay-as-you-go'
      : periodUnknown
        ? 'purchase period unknown'
        : `${pkgInput.period} ${pkgInput.pricingCycle}`;
  calls.push(
    buildCall({
      id: 'create-package',
      step: 4,
      product: 'Cbn',
      action: 'CreateCenBandwidthPackage',
      account: 'A',
      params: pkgInput
        ? {
            Bandwidth: pkgInput.bandwidth,
            GeographicRegionAId: pkgInput.areaA,
            GeographicRegionBId: pkgInput.areaB,
            BandwidthPackageChargeType: pkgInput.chargeType ?? 'PREPAY',
            // Left out when unknown (materialize drops undefined): never a made-up period.
            PricingCycle: prepaid ? pkgInput.pricingCycle : undefined,
            Period: prepaid ? pkgInput.period : undefined,
            AutoPay: true,
            Name: pkgInput.name,
          }
        : {},
      produces: { output: 'bandwidthPackageId', field: 'CenBandwidthPackageId' },
      tokenPurpose: TOKEN_PURPOSE.createPackage,
      clientTokens,
      // "successfully created when its status changes to Idle or InUse" (DOC-new, cen-api.md §2 step 4).
      waitFor: packageWait(pkgId, ['Idle', 'InUse']),
      dependsOn: [],
      ...(!pkgInput
        ? { status: 'blocked' as const, reason: 'Choose the bandwidth package in step 4.' }
        : pkgInput.id
          ? { status: pkgReady ? ('done' as const) : ('waiting' as const) }
          : periodUnknown
            ? { status: 'blocked' as const, reason: 'Choose the purchase period in step 4.' }
            : { status: 'pending' as const }),
      summary: pkgInput
        ? `Account A buys the bandwidth package "${pkgInput.name}" (${pkgInput.bandwidth} Mbps, ${pkgInput.areaA}↔${pkgInput.areaB}, ${term})`
        : 'Account A buys a bandwidth package',
    }),
  );
  const cenIds = pkgInput?.cenIds ?? [];
  const otherCen = cenIds.find((id) => id !== cenIdValue);
  const associated = cenIdValue !== undefined && cenIds.includes(cenIdValue);
  calls.push(
    buildCall({
      id: 'associate-package',
      step: 4,
      product: 'Cbn',
      action: 'AssociateCenBandwidthPackage',
      account: 'A',
      params: { CenId: cenId, CenBandwidthPackageId: pkgId },
      dependsOn: ['create-cen', 'create-package'],
      // TF waits for Status InUse with the CEN listed (cen-api.md §3); TF's attachment timeout is 5 min.
      waitFor: packageWait(pkgId, ['InUse'], 5 * 60_000),
      ...(associated
        ? { status: pkgInput?.status === 'InUse' ? ('done' as const) : ('waiting' as const) }
        : otherCen
          ? { status: 'blocked' as const, reason: `The package is already in use by ${otherCen}.` }
          : { status: 'pending' as const }),
      summary: `Account A associates the bandwidth package with ${cenLabel}`,
    }),
  );

  // ── Step 5 (A): region connections, after the package and the networks of both regions (TF doc NOTE) ──
  for (const limit of input.limits) calls.push(limitCall(input, limit, cenId));

  return {
    kind: 'setup',
    calls: propagateBlocked(calls),
    warnings: [
      {
        code: 'legacy-basic-edition',
        message:
          'The tutorial uses Basic Edition CEN calls (AttachCenChildInstance, SetCenInterRegionBandwidthLimit); new CEN instances in the real cloud use Enterprise Edition transit routers; Alibaba documents these two calls for Basic Edition transit routers (https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-setceninterregionbandwidthlimit).',
      },
      ...(pkgInput?.id && periodUnknown
        ? [
            {
              code: 'package-period-unknown' as const,
              resourceId: pkgInput.id,
              message: `Bandwidth package ${pkgInput.id} was not bought by this console: DescribeCenBandwidthPackages lists its charge type (PREPAY)${pkgInput.expiredTime ? ` and expiry (${pkgInput.expiredTime})` : ''} but not the period it was bought for, so the exports leave the period unknown instead of guessing one.`,
            },
          ]
        : []),
    ],
    known: {
      ...(cenIdValue ? { cenId: cenIdValue } : {}),
      ...(pkgInput?.id ? { bandwidthPackageId: pkgInput.id } : {}),
    },
    accounts: { A: { ...accounts.A }, B: { ...accounts.B } },
  };
}

function limitCall(input: SetupInput, limit: LimitInput, cenId: ReturnType<typeof ref>): PlannedCall {
  const { localRegionId: a, oppositeRegionId: b, bandwidthLimit } = limit;
  const pkg = input.bandwidthPackage;
  const networksIn = (region: string) => input.networks.filter((n) => n.regionId === region);
  const dependsOn = ['associate-package', ...[a, b].flatMap((r) => networksIn(r).map(attachCallId))];
  const others = input.limits
    .filter((l) => l !== limit)
    .map((l) => ({
      localRegionId: l.localRegionId,
      oppositeRegionId: l.oppositeRegionId,
      bandwidthLimit: l.bandwidthLimit,
    }));
  const areaA = pkg && findArea(pkg.areaA)?.id;
  const areaB = pkg && findArea(pkg.areaB)?.id;
  let blocked: string | undefined;
  if (!pkg || !areaA || !areaB) blocked = 'Needs the bandwidth package of step 4.';
  else if (bandwidthLimit < LIMIT_MIN)
    blocked = `Bandwidth must be at least ${LIMIT_MIN} Mbps (0 removes a connection: use the teardown).`;
  else {
    // The package's areas and budget: Σ limits ≤ package (bandwidth.ts, cen-api.md §5).
    const problem = checkInterRegionLimit(
      { areaA, areaB, total: pkg.bandwidth, limits: others },
      a,
      b,
      bandwidthLimit,
    );
    if (problem) blocked = describeLimitProblem(problem);
    else {
      const missing = [a, b].find((r) => networksIn(r).length === 0);
      if (missing)
        blocked = `No network in ${missing} is attached to the CEN, so this connection would carry nothing.`;
    }
  }
  const current = limit.current;
  const status = blocked
    ? ('blocked' as const)
    : current?.status === 'Modifying'
      ? ('waiting' as const)
      : current && current.bandwidthLimit === bandwidthLimit
        ? current.status === 'Active'
          ? ('done' as const)
          : ('waiting' as const)
        : ('pending' as const);
  return buildCall({
    id: limitCallId(a, b),
    step: 5,
    product: 'Cbn',
    action: 'SetCenInterRegionBandwidthLimit',
    account: 'A',
    params: {
      CenId: cenId,
      LocalRegionId: a,
      OppositeRegionId: b,
      BandwidthLimit: bandwidthLimit,
      BandwidthType: 'BandwidthPackage',
    },
    dependsOn,
    waitFor: limitWait(cenId, a, b, ['Active']),
    status,
    ...(blocked ? { reason: blocked } : {}),
    summary: `Account A sets ${bandwidthLimit} Mbps between ${a} and ${b}${current && current.bandwidthLimit !== bandwidthLimit ? ` (now ${current.bandwidthLimit} Mbps)` : ''}`,
  });
}
