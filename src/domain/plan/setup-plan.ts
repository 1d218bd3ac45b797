// The tutorial (docs/reference/tutorial.md) as the ordered OpenAPI calls the console makes
// (docs/reference/cen-api.md §2):
//   1  A  Cbn.CreateCen                      (+ A's own network: Cbn.AttachCenChildInstance, "Attach a network")
//   2  B  Vpc.GrantInstanceToCen             (B's VPC console, "CEN Cross Account Authorization")
//   3  A  Cbn.AttachCenChildInstance         (with ChildInstanceOwnerId = B's UID)
//   4  A  Cbn.CreateCenBandwidthPackage → Cbn.AssociateCenBandwidthPackage
//   5  A  Cbn.SetCenInterRegionBandwidthLimit
//   6  —  ping between the ECS instances (no OpenAPI call; the diagnosis engine covers it)
// The calls themselves are setup-calls.ts's (the steps send the same); this file decides, from what the cloud
// shows, which are done, waiting, pending or blocked, and what each needs first.
import { checkInterRegionLimit, describeLimitProblem, LIMIT_MIN } from '../bandwidth';
import { findArea } from '../regions';
import { buildCall, propagateBlocked } from './call-builder';
import type { Plan, PlannedCall } from './plan-types';
import {
  associatePackageCall,
  attachCall,
  attachCallId,
  createCenCall,
  createPackageCall,
  grantCall,
  grantCallId,
  limitCall,
  packageTerm,
} from './setup-calls';
import type { LimitInput, NetworkInput, SetupInput } from './setup-input';

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
  const pkgInput = input.bandwidthPackage;
  const calls: PlannedCall[] = [];

  // ── Step 1 (A): create the CEN, wait until Active ──
  calls.push(
    createCenCall(
      input.cen,
      clientTokens,
      cenIdValue
        ? { status: input.cen.status === 'Active' ? 'done' : 'waiting' }
        : input.cen.name
          ? { status: 'pending' }
          : { status: 'blocked', reason: 'Enter the CEN name in step 1.' },
    ),
  );

  const attach = (n: NetworkInput, dependsOn: string[]) => {
    const missingUid = n.owner === 'B' && !accounts.B.uid;
    return attachCall(n, cenIdValue, accounts.B.uid, {
      dependsOn,
      ...(missingUid && attachStatus(n).status === 'pending'
        ? { status: 'blocked' as const, reason: "Account B's UID is unknown." }
        : attachStatus(n)),
    });
  };

  // Step 1's "Attach a network": A's own networks (no grant needed).
  for (const n of input.networks.filter((x) => x.owner === 'A')) calls.push(attach(n, ['create-cen']));

  // ── Step 2 (B): grant, in the network's own region ──
  const bNetworks = input.networks.filter((x) => x.owner === 'B');
  for (const n of bNetworks) {
    const pending = !n.granted && n.attachment !== 'Attached' && n.attachment !== 'Attaching';
    calls.push(
      grantCall(n, cenIdValue, accounts.A.uid, clientTokens, {
        dependsOn: ['create-cen'],
        ...(!pending
          ? { status: 'done' as const }
          : accounts.A.uid
            ? { status: 'pending' as const }
            : { status: 'blocked' as const, reason: "Account A's UID is unknown." }),
      }),
    );
  }
  // ── Step 3 (A): attach B's networks once granted (else 409 Forbbiden.AttachChildInstanceAcrossUid) ──
  for (const n of bNetworks) calls.push(attach(n, ['create-cen', grantCallId(n)]));
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
  // A pay-as-you-go package has no purchase period; a prepaid one bought elsewhere has one nobody can read back.
  const { periodUnknown } = packageTerm(pkgInput);
  calls.push(
    createPackageCall(
      pkgInput,
      clientTokens,
      !pkgInput
        ? { status: 'blocked', reason: 'Choose the bandwidth package in step 4.' }
        : pkgInput.id
          ? { status: pkgReady ? 'done' : 'waiting' }
          : periodUnknown
            ? { status: 'blocked', reason: 'Choose the purchase period in step 4.' }
            : { status: 'pending' },
    ),
  );
  const cenIds = pkgInput?.cenIds ?? [];
  const otherCen = cenIds.find((id) => id !== cenIdValue);
  const associated = cenIdValue !== undefined && cenIds.includes(cenIdValue);
  calls.push(
    associatePackageCall(cenIdValue, pkgInput?.id, {
      dependsOn: ['create-cen', 'create-package'],
      ...(associated
        ? { status: pkgInput?.status === 'InUse' ? ('done' as const) : ('waiting' as const) }
        : otherCen
          ? { status: 'blocked' as const, reason: `The package is already in use by ${otherCen}.` }
          : { status: 'pending' as const }),
    }),
  );

  // ── Step 5 (A): region connections, after the package and the networks of both regions (TF doc NOTE) ──
  for (const limit of input.limits) calls.push(limitOf(input, limit));

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

function limitOf(input: SetupInput, limit: LimitInput): PlannedCall {
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
    // The package's areas and budget: Σ limits ≤ package (bandwidth.ts, docs/reference/cen-api.md §5).
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
  return limitCall(input.cen.id, limit, { dependsOn, status, ...(blocked ? { reason: blocked } : {}) });
}
