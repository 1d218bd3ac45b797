// The plan as an aliyun CLI script: the same calls, in the same order, with the same parameters the console sends,
// each by the account that must make it (`--profile A` / `--profile B`), waiting on the same statuses.
// CLI conventions (aliyun/aliyun-cli docs/en/usage.md, openapi/rpc.go, meta/api.go): RPC calls are
// `aliyun <product> <Action> --Param value`; repeat lists are flattened like the SDK (`--Filter.1.Key CenId
// --Filter.1.Value.1 cen-…`); `--RegionId` is the CLI's region flag and also sent as the RegionId parameter;
// a value starting with "-" must be written `--Param=value`.
import { flattenParams } from '../openapi/flatten';
import type { OutputName, Plan, PlannedCall, WaitFor } from '../plan/plan-types';
import { shellQuote } from './shell-quote';
import { TUTORIAL_URL } from './tutorial-url';
import type { AccountName } from '../accounts';

export interface CliScriptOptions {
  /**
   * 'all' (default): every call of the plan, so the script rebuilds the setup from nothing, with ClientTokens
   * derived from RUN_ID. 'remaining': only what is not done yet, starting from the IDs the console already has and
   * reusing the console's ClientTokens, so a call the console sent is not made twice.
   */
  scope?: 'all' | 'remaining';
  /** CLI profile names (aliyun configure --profile …); default A and B. */
  profiles?: { A: string; B: string };
}

const VARIABLE: Record<OutputName, string> = {
  cenId: 'CEN_ID',
  bandwidthPackageId: 'PACKAGE_ID',
  transitRouterIdA: 'TR_ID_A',
  transitRouterIdB: 'TR_ID_B',
  trRouteTableIdA: 'TR_TABLE_ID_A',
  trRouteTableIdB: 'TR_TABLE_ID_B',
  vpcAttachmentIdA: 'VPC_ATTACHMENT_ID_A',
  vpcAttachmentIdB: 'VPC_ATTACHMENT_ID_B',
  peerAttachmentId: 'PEER_ATTACHMENT_ID',
};
const CONTINUE = ' \\\n  ';

const PRELUDE = String.raw`set -euo pipefail

command -v aliyun >/dev/null 2>&1 || {
  echo "This script needs the aliyun CLI (https://github.com/aliyun/aliyun-cli), configured with profiles for both accounts." >&2
  exit 1
}
command -v jq >/dev/null 2>&1 || {
  echo "This script needs jq to read the API's JSON answers: apt-get install jq, or brew install jq." >&2
  exit 1
}

# capture FIELD COMMAND…: runs one call and prints one field of its JSON answer; fails when the field is missing.
capture() {
  local field="$1" answer value
  shift
  answer="$("$@")"
  value="$(jq -r --arg f "$field" '.[$f] // empty' <<<"$answer")"
  if [[ -z "$value" ]]; then
    echo "No $field in the answer to: $*" >&2
    return 1
  fi
  printf '%s\n' "$value"
}

# wait_for LABEL WANTED TIMEOUT_S JQ_FILTER [NAME VALUE]… -- COMMAND…: polls COMMAND until JQ_FILTER (given
# the NAME VALUE pairs as jq --arg) prints one of the space-separated WANTED values ("gone" = no such item).
# Matches on resource IDs only: jq reads 16-digit UIDs as doubles (some exceed 2^53) and would compare them wrongly.
wait_for() {
  local label="$1" wanted="$2" timeout="$3" filter="$4" got deadline
  local jq_args=()
  shift 4
  while [[ "$1" != "--" ]]; do
    jq_args+=(--arg "$1" "$2")
    shift 2
  done
  shift
  deadline=$((SECONDS + timeout))
  while :; do
    got="$("$@" | jq -r "${'$'}{jq_args[@]}" "$filter")"
    if [[ " $wanted " == *" $got "* ]]; then
      echo "  $label: $got" >&2
      return 0
    fi
    if ((SECONDS >= deadline)); then
      echo "Gave up after $timeout s waiting for $label to be $wanted (last seen: $got)." >&2
      return 1
    fi
    sleep "$WAIT_INTERVAL"
  done
}`;

function header(plan: Plan, scope: 'all' | 'remaining', profiles: { A: string; B: string }): string {
  const what = plan.kind === 'setup' ? 'setup' : 'teardown';
  const uid = (name: AccountName) => plan.accounts[name].uid ?? 'unknown';
  return [
    '#!/usr/bin/env bash',
    '# The jq programs below are single-quoted on purpose: their $m0… are jq variables (--arg), not shell ones.',
    '# shellcheck disable=SC2016',
    `# CEN Connect — the ${what} plan as aliyun CLI calls (${TUTORIAL_URL}).`,
    '# The same calls, order, parameters and status waits as the console; generated, do not edit by hand.',
    scope === 'remaining'
      ? '# Scope: only what the console has not done yet; IDs the console already has are set below.'
      : '# Scope: every call, so the script builds the whole thing from nothing.',
    '#',
    '# No credentials in this file. Configure one aliyun CLI profile per account first, e.g.:',
    `#   aliyun configure --profile ${profiles.A}   # Account A, UID ${uid('A')} — owns the CEN`,
    `#   aliyun configure --profile ${profiles.B}   # Account B, UID ${uid('B')} — owns the network to attach`,
    '# or export PROFILE_A / PROFILE_B to use other profile names.',
  ].join('\n');
}

function settings(profiles: { A: string; B: string }): string {
  return [
    `PROFILE_A="\${PROFILE_A:-${profiles.A}}"`,
    `PROFILE_B="\${PROFILE_B:-${profiles.B}}"`,
    '# Every ClientToken below derives from RUN_ID: after a failure, run again with the same RUN_ID and the writes',
    '# that already went through answer with what they made instead of making it twice (a ClientToken makes a write idempotent).',
    'RUN_ID="${RUN_ID:-$(date +%s)}"',
    'WAIT_INTERVAL="${WAIT_INTERVAL:-5}"',
    'echo "RUN_ID=$RUN_ID" >&2',
  ].join('\n');
}

/** `--Key value` pairs in the SDK's flattened form; outputs become "$CEN_ID"-style variables. */
function cliArgs(
  params: Record<string, unknown>,
  refs: Readonly<Record<string, OutputName>>,
  prefix = '',
): string[] {
  const flat = flattenParams(params);
  return Object.entries(flat).map(([key, value]) => {
    const output = refs[prefix + key];
    const shown = output ? `"$${VARIABLE[output]}"` : shellQuote(value);
    return value.startsWith('-') && !output ? `--${key}=${shown}` : `--${key} ${shown}`;
  });
}

function command(account: AccountName, key: string, args: string[]): string {
  const [product = '', action = ''] = key.split('.');
  return [`aliyun ${product.toLowerCase()} ${action} --profile "$PROFILE_${account}"`, ...args].join(
    CONTINUE,
  );
}

/** A jq program that prints the watched field of the first matching list item, or "gone". */
function waitFilter(wait: WaitFor): { filter: string; args: string[] } {
  const args: string[] = [];
  const alternatives = wait.match.map((m, i) =>
    Object.entries(m)
      .map(([field, value]) => {
        const name = `m${args.length / 2}`;
        const output = wait.refs[`match.${i + 1}.${field}`];
        args.push(name, output ? `"$${VARIABLE[output]}"` : shellQuote(value));
        return `.${field} == $${name}`;
      })
      .join(' and '),
  );
  const condition =
    alternatives.length === 1 ? alternatives[0] : alternatives.map((a) => `(${a})`).join(' or ');
  const list = `.${wait.list.join('.')}`;
  return { filter: `[${list}[]? | select(${condition})] | first | .${wait.field} // "gone"`, args };
}

function renderWait(call: PlannedCall, wait: WaitFor): string {
  const { filter, args } = waitFilter(wait);
  const wanted = wait.until === 'gone' ? 'gone' : wait.until.join(' ');
  const label = `${wait.poll} for ${call.summary}`;
  return [
    `wait_for ${shellQuote(label)} ${shellQuote(wanted)} ${Math.round(wait.timeoutMs / 1000)}`,
    `${shellQuote(filter)} ${args.join(' ')} --`.replace(/ {2}--$/, ' --'),
    command(wait.account, wait.poll, cliArgs(wait.params, wait.refs, 'params.')),
  ].join(CONTINUE);
}

function tokenSlug(call: PlannedCall): string {
  return `s${call.step}-${call.id.replace(/[^A-Za-z0-9-]+/g, '-')}`.slice(0, 40);
}

/** Whether the script makes this call (rather than only waiting for it, or leaving it out). */
function sends(call: PlannedCall, scope: 'all' | 'remaining'): boolean {
  return call.status !== 'blocked' && (scope === 'all' || call.status === 'pending');
}

/**
 * A prepaid package whose purchase period is unknown (bought elsewhere, then adopted: DescribeCenBandwidthPackages
 * does not list the period, docs/reference/cen-api.md §2 step 4). The script buys it again only with a period the user chose.
 */
function periodUnknown(call: PlannedCall): boolean {
  return (
    call.key === 'Cbn.CreateCenBandwidthPackage' &&
    call.params.BandwidthPackageChargeType !== 'POSTPAY' &&
    call.params.Period === undefined
  );
}

/** Checked at the top, before any write, so a run never stops half-way for want of a value. */
function periodSettings(plan: Plan): string {
  const id = plan.known.bandwidthPackageId ?? 'of step 4';
  return [
    `# UNKNOWN: the purchase period of bandwidth package ${id}. This console did not buy it and`,
    '# DescribeCenBandwidthPackages does not list the period, so none is made up here.',
    '# Choose it to buy a new one: PACKAGE_PRICING_CYCLE=Month with PACKAGE_PERIOD 1, 2, 3 or 6, or Year with 1-3.',
    'PACKAGE_PRICING_CYCLE="${PACKAGE_PRICING_CYCLE:?Set PACKAGE_PRICING_CYCLE (Month or Year): the period of the adopted bandwidth package is unknown}"',
    'PACKAGE_PERIOD="${PACKAGE_PERIOD:?Set PACKAGE_PERIOD (1, 2, 3 or 6 months; 1-3 years): the period of the adopted bandwidth package is unknown}"',
  ].join('\n');
}

function renderCall(call: PlannedCall, scope: 'all' | 'remaining'): string {
  const lines = [`# Step ${call.step} · Account ${call.account} · ${call.key} — ${call.summary}`];
  if (call.status === 'blocked') {
    lines.push(`# NOT EXPORTED — blocked in the console: ${call.reason ?? ''}`.trimEnd());
    return lines.join('\n');
  }
  if (sends(call, scope)) {
    const { ClientToken: consoleToken, ...rest } = call.params;
    let args = cliArgs(rest, call.refs);
    if (periodUnknown(call))
      args = [...args, '--PricingCycle "$PACKAGE_PRICING_CYCLE"', '--Period "$PACKAGE_PERIOD"'];
    if (call.clientToken) {
      // 'remaining' reuses the console's token so a write it already sent is recognised, not repeated.
      const token =
        scope === 'remaining' && typeof consoleToken === 'string'
          ? shellQuote(consoleToken)
          : `"cen-connect-$RUN_ID-${tokenSlug(call)}"`;
      args = [...args, `--ClientToken ${token}`];
    }
    const cmd = command(call.account, call.key, args);
    const service = `TR_SERVICE_${call.account}`;
    if (call.key === 'Cbn.CheckTransitRouterService')
      // Enabled is "true" or "false" (a string in the SDK, a boolean in TF: jq prints both alike, docs/reference/enterprise-edition.md §2 step 0).
      lines.push(`${service}="$(${cmd} | jq -r '.Enabled')"`, `echo "${service}=$${service}" >&2`);
    else if (call.key === 'Cbn.OpenTransitRouterService')
      // Opening is for good and answers ORDER.OPEND when already on: only where the check said off.
      lines.push(`if [[ "\${${service}:-false}" != true ]]; then`, `  ${cmd.replace(/\n/g, '\n  ')}`, 'fi');
    else if (call.produces?.field.includes('.')) {
      // A field inside a list of the answer (the router's System table): read with jq's path.
      const variable = VARIABLE[call.produces.output];
      const path = call.produces.field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
      lines.push(
        `${variable}="$(${cmd} | jq -r '.${path} // empty')"`,
        `[[ -n "$${variable}" ]] || { echo "No ${call.produces.field} in the answer of ${call.key}" >&2; exit 1; }`,
        `echo "${variable}=$${variable}" >&2`,
      );
    } else if (call.produces) {
      const variable = VARIABLE[call.produces.output];
      lines.push(
        `${variable}="$(capture ${call.produces.field} ${cmd})"`,
        `echo "${variable}=$${variable}" >&2`,
      );
    } else lines.push(cmd);
  } else lines.push('# Already sent by the console; only its wait remains.');
  if (call.waitFor) lines.push(renderWait(call, call.waitFor));
  return lines.join('\n');
}

export function renderAliyunCliScript(plan: Plan, options: CliScriptOptions = {}): string {
  const scope = options.scope ?? 'all';
  const profiles = options.profiles ?? { A: 'A', B: 'B' };
  const calls = scope === 'all' ? plan.calls : plan.calls.filter((c) => c.status !== 'done');
  // IDs the console already has, unless a call of this script makes the resource anew.
  const madeHere = new Set(calls.filter((c) => sends(c, scope)).map((c) => c.produces?.output));
  const seeded = (Object.entries(plan.known) as [OutputName, string][])
    .filter(([output]) => !madeHere.has(output))
    .map(([output, value]) => `${VARIABLE[output]}=${shellQuote(value)}   # made by the console`);
  const blocked = plan.calls.filter((c) => c.status === 'blocked');
  const sections = [
    header(plan, scope, profiles),
    ...(blocked.length
      ? [
          `# WARNING: ${blocked.length} call(s) are blocked in the console and are left out; see NOT EXPORTED below.`,
        ]
      : []),
    PRELUDE,
    settings(profiles),
    ...(seeded.length ? [seeded.join('\n')] : []),
    ...(calls.some((c) => sends(c, scope) && periodUnknown(c)) ? [periodSettings(plan)] : []),
    ...calls.map((call) => renderCall(call, scope)),
    ...plan.warnings.map((w) => `# NOTE: ${w.message}\necho ${shellQuote(`Note: ${w.message}`)} >&2`),
    `echo ${shellQuote(calls.length ? 'Done.' : 'Nothing left to do.')} >&2`,
  ];
  return `${sections.join('\n\n')}\n`;
}
