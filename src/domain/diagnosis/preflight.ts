// Preflight, before steps 3–5 write anything: CIDR blocks, regions against the package's areas, one package per
// area pair, the package's bandwidth, the sum of limits against the package, and the grant before a cross-account
// attach — one file per check in preflight/. Pure: the web gathers the Describe answers (or their failures) in
// both accounts and renders the items.
import { worstPreflight, type PreflightVerdict } from './verdicts';
import { areaItems } from './preflight/areas-check';
import { cidrItems } from './preflight/cidr-check';
import { grantItem } from './preflight/grant-check';
import { limitItems } from './preflight/limit-check';
import { packageBandwidthItem } from './preflight/package-bandwidth-check';
import { spanItem } from './preflight/package-per-span-check';
import { candidatesOf } from './preflight/preflight-packages';
import type { PreflightInput, PreflightItem, PreflightReport } from './preflight/preflight-types';

export function runPreflight(input: PreflightInput): PreflightReport {
  // REDUCED is the default protection level (docs/reference/cen-api.md §2 step 1).
  const level = input.cen.protectionLevel ?? 'REDUCED';
  const cands = candidatesOf(input);
  const span = spanItem(input, cands);
  const items: PreflightItem[] = [
    ...cidrItems(input, level),
    ...input.toAttach.map((x) => grantItem(input, x)),
    ...areaItems(input, cands),
    ...(span ? [span] : []),
    ...(input.plannedPackage ? [packageBandwidthItem(input.plannedPackage)] : []),
    ...limitItems(input, cands),
  ];
  const counts: Record<PreflightVerdict, number> = { pass: 0, warning: 0, blocking: 0, unknown: 0 };
  for (const i of items) counts[i.verdict] += 1;
  return { verdict: worstPreflight(items.map((i) => i.verdict)), counts, items };
}
