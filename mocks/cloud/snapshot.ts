// A read-only picture of the whole cloud for trainers and tests (GET /_mock/state): every resource with its
// derived status, the fault rules, and — for small worlds — who can ping whom and why not. No secrets. The console
// parses it with src/domain/mock-state-answer.ts; the snapshot is checked against that one shape before it leaves,
// so a renamed field fails here, saying which, rather than as a blank panel.
import { attachmentStatus, cenStatus, limitStatus, packageStatus, sweep } from './lifecycle';
import type { MockCloud } from './mock-cloud';
import { PING_REASONS, pingVerdict } from './routing';
import { transitSnapshot } from './transit-router-snapshot';
import { mockStateAnswerSchema } from '../../src/domain/mock-state-answer';
import { geographicSpanId } from '../../src/domain/regions';
import { z } from 'zod';

export function snapshot(cloud: MockCloud): Record<string, unknown> {
  const now = cloud.now();
  sweep(cloud.world, now);
  const w = cloud.world;
  const name = (uid: string) => w.accounts.find((a) => a.uid === uid)?.name ?? uid;
  const connectivity =
    w.instances.length <= 20
      ? w.instances.flatMap((from) =>
          w.instances
            .filter((to) => to !== from)
            .map((to) => {
              const v = pingVerdict(w, from, to.privateIp, now);
              return {
                from: from.id,
                to: to.id,
                toIp: to.privateIp,
                reachable: v.ok,
                ...(v.ok ? { testBandwidthOnly: v.testBandwidthOnly } : { reason: PING_REASONS[v.reason] }),
              };
            }),
        )
      : [];
  const answer = {
    now: new Date(now).toISOString(),
    delayMs: cloud.delayMs,
    accounts: w.accounts.map((a) => ({ name: a.name, uid: a.uid })),
    vpcs: w.vpcs.map((v) => ({ ...v, owner: name(v.ownerUid) })),
    vSwitches: w.vSwitches,
    vbrs: w.vbrs,
    securityGroups: w.securityGroups,
    instances: w.instances,
    cens: w.cens.map((c) => ({ ...c, owner: name(c.ownerUid), status: cenStatus(c, now) })),
    grants: w.grants,
    attachments: w.attachments.map((a) => ({ ...a, status: attachmentStatus(a, now) })),
    bandwidthPackages: w.packages.map((b) => ({
      ...b,
      status: packageStatus(b),
      geographicSpanId: geographicSpanId(b.areaA, b.areaB),
    })),
    interRegionLimits: w.limits.map((l) => ({ ...l, status: limitStatus(l, now) })),
    invocations: w.invocations.map((i) => ({
      invokeId: i.invokeId,
      regionId: i.regionId,
      commandContent: i.commandContent,
    })),
    transit: transitSnapshot(w.transit, now),
    faults: cloud.faults.list(),
    connectivity,
  };
  const checked = mockStateAnswerSchema.safeParse(answer);
  if (!checked.success)
    throw new Error(
      `The mock's state snapshot does not have the shape of src/domain/mock-state-answer.ts:\n${z.prettifyError(checked.error)}`,
    );
  // The snapshot as built (not the parsed copy): same keys in the same order as before the check.
  return answer;
}
