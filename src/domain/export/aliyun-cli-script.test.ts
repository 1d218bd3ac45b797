// The exported script is run for real against a stand-in `aliyun` on PATH that logs its arguments and answers
// like the API (docs/reference/cen-api.md §2, §7): this checks capture, wait_for and the order of calls, not just the text.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEMO,
  demoAdoptedPackage,
  demoFresh,
  demoHalfway,
  demoTeardownStart,
} from '../test-support/demo-fixture';
import { planSetup } from '../plan/setup-plan';
import { planTeardown } from '../plan/teardown-plan';
import { renderAliyunCliScript } from './aliyun-cli-script';
import { shellQuote } from './shell-quote';

const HAS_JQ = spawnSync('bash', ['-c', 'command -v jq']).status === 0;

// DescribeCens answers Creating once, then Active, so the script must really poll.
const STUB = String.raw`#!/usr/bin/env bash
printf '%s\n' "$*" >> "$STUB_DIR/calls.log"
action="$2"
case "$action" in
  CreateCen) [[ -n "$STUB_NO_ID" ]] && echo '{"RequestId":"R"}' || echo '{"RequestId":"R","CenId":"cen-stub"}' ;;
  DescribeCens)
    n=$(cat "$STUB_DIR/cens" 2>/dev/null || echo 0); echo $((n + 1)) > "$STUB_DIR/cens"
    if [[ "$STUB_MODE" == teardown ]]; then echo '{"Cens":{"Cen":[]}}'
    elif ((n == 0)); then echo '{"Cens":{"Cen":[{"CenId":"cen-stub","Status":"Creating"}]}}'
    else echo '{"Cens":{"Cen":[{"CenId":"cen-stub","Status":"Active"}]}}'; fi ;;
  DescribeCenAttachedChildInstances)
    if [[ "$STUB_MODE" == teardown ]]; then echo '{"ChildInstances":{"ChildInstance":[]}}'
    else echo '{"ChildInstances":{"ChildInstance":[{"ChildInstanceId":"VPC_A","ChildInstanceOwnerId":1262302482727553,"Status":"Attached"},{"ChildInstanceId":"VPC_B","ChildInstanceOwnerId":9263584710374521,"Status":"Attached"}]}}'; fi ;;
  CreateCenBandwidthPackage) echo '{"RequestId":"R","CenBandwidthPackageId":"cenbwp-stub"}' ;;
  DescribeCenBandwidthPackages)  # cbn DescribeCenBandwidthPackages --profile X --Filter.1.Key K --Filter.1.Value.1 ID
    if [[ "$STUB_MODE" == teardown ]]; then s=Idle; else s=InUse; fi
    echo '{"CenBandwidthPackages":{"CenBandwidthPackage":[{"CenBandwidthPackageId":"'"$8"'","Status":"'$s'"}]}}' ;;
  DescribeCenInterRegionBandwidthLimits)
    if [[ "$STUB_MODE" == teardown ]]; then echo '{"CenInterRegionBandwidthLimits":{"CenInterRegionBandwidthLimit":[]}}'
    else echo '{"CenInterRegionBandwidthLimits":{"CenInterRegionBandwidthLimit":[{"LocalRegionId":"cn-beijing","OppositeRegionId":"cn-qingdao","Status":"Active"}]}}'; fi ;;
  DescribeGrantRulesToCen) echo '{"CenGrantRules":{"CbnGrantRule":[]}}' ;;
  *) echo '{"RequestId":"R"}' ;;
esac
`;

function run(script: string, env: Record<string, string> = {}, options: { onlyStubOnPath?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cen-cli-'));
  try {
    const stub = STUB.replace('VPC_A', DEMO.vpcA).replace('VPC_B', DEMO.vpcB);
    writeFileSync(join(dir, 'aliyun'), stub);
    chmodSync(join(dir, 'aliyun'), 0o755);
    // A wait that never settles would loop for minutes: stop it and fail instead.
    const r = spawnSync('/bin/bash', ['-c', script], {
      encoding: 'utf8',
      timeout: 15_000,
      env: {
        PATH: options.onlyStubOnPath ? dir : `${dir}:${process.env.PATH ?? ''}`,
        STUB_DIR: dir,
        RUN_ID: '42',
        WAIT_INTERVAL: '0',
        ...env,
      },
    });
    let calls: string[] = [];
    try {
      calls = readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n');
    } catch {
      // no call was made
    }
    return { status: r.status, stderr: r.stderr, calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('renderAliyunCliScript', () => {
  it.skipIf(!HAS_JQ)(
    'runs the demo setup: captures IDs, polls until Active, each call with its account',
    () => {
      const { status, stderr, calls } = run(renderAliyunCliScript(planSetup(demoFresh())));
      expect(stderr).toContain('CEN_ID=cen-stub');
      expect(status).toBe(0);
      const writes = calls.filter((c) => !/ Describe/.test(c));
      expect(writes.map((c) => c.split(' --')[0] + ' ' + (/--profile (\w)/.exec(c)?.[1] ?? ''))).toEqual([
        'cbn CreateCen A',
        'cbn AttachCenChildInstance A',
        'vpc GrantInstanceToCen B',
        'cbn AttachCenChildInstance A',
        'cbn CreateCenBandwidthPackage A',
        'cbn AssociateCenBandwidthPackage A',
        'cbn SetCenInterRegionBandwidthLimit A',
      ]);
      // Polled twice: Creating, then Active.
      expect(calls.filter((c) => c.startsWith('cbn DescribeCens'))).toHaveLength(2);
      // Later calls use the captured IDs; tokens derive from RUN_ID.
      expect(writes[2]).toContain('--CenId cen-stub');
      expect(writes[2]).toContain(`--CenOwnerId ${DEMO.uidA}`);
      expect(writes[5]).toContain('--CenBandwidthPackageId cenbwp-stub');
      expect(writes[0]).toContain('--ClientToken cen-connect-42-s1-create-cen');
      expect(writes[3]).toContain(`--ChildInstanceOwnerId ${DEMO.uidB}`);
    },
  );

  it.skipIf(!HAS_JQ)('passes a description with quotes, $() and backticks to the CLI unchanged', () => {
    const description = `it's "$(whoami)" \`id\` $HOME`;
    const input = demoFresh();
    input.cen = { ...input.cen, description };
    const { status, calls } = run(renderAliyunCliScript(planSetup(input)));
    expect(status).toBe(0);
    expect(calls[0]).toContain(`--Description ${description} --ClientToken`);
  });

  it.skipIf(!HAS_JQ)('stops with a clear message when an answer lacks the ID it needs', () => {
    const { status, stderr, calls } = run(renderAliyunCliScript(planSetup(demoFresh())), { STUB_NO_ID: '1' });
    expect(status).not.toBe(0);
    expect(stderr).toContain('No CenId in the answer to: aliyun cbn CreateCen');
    expect(calls).toHaveLength(1);
  });

  it.skipIf(!HAS_JQ)('runs the teardown in order and waits until each thing is gone', () => {
    const { status, calls } = run(renderAliyunCliScript(planTeardown(demoTeardownStart())), {
      STUB_MODE: 'teardown',
    });
    expect(status).toBe(0);
    expect(calls.filter((c) => !/ Describe/.test(c)).map((c) => c.split(' --')[0])).toEqual([
      'cbn SetCenInterRegionBandwidthLimit',
      'cbn UnassociateCenBandwidthPackage',
      'cbn DetachCenChildInstance',
      'cbn DetachCenChildInstance',
      'cbn DeleteCen',
      'vpc RevokeInstanceFromCen',
    ]);
    expect(calls.find((c) => c.includes('SetCenInterRegionBandwidthLimit'))).toContain('--BandwidthLimit 0');
  });

  it('fails fast without jq, saying how to get it, before any call', () => {
    const script = renderAliyunCliScript(planSetup(demoFresh()));
    const { status, stderr, calls } = run(script, {}, { onlyStubOnPath: true });
    expect(status).toBe(1);
    expect(stderr).toContain('This script needs jq');
    expect(calls).toEqual([]);
  });

  it("'remaining' starts from the console's IDs and reuses its ClientTokens", () => {
    const script = renderAliyunCliScript(planSetup(demoHalfway()), { scope: 'remaining' });
    expect(script).toContain(`CEN_ID=${DEMO.cenId}   # made by the console`);
    expect(script).not.toMatch(/aliyun cbn CreateCen /);
    expect(script).not.toContain('aliyun vpc GrantInstanceToCen');
    expect(script).toContain(`--ClientToken ${DEMO.tokens['step4.CreateCenBandwidthPackage']}`);
  });

  it('leaves blocked calls out, saying why', () => {
    const input = demoFresh();
    input.limits = [{ ...input.limits[0]!, bandwidthLimit: 9 }];
    const script = renderAliyunCliScript(planSetup(input));
    expect(script).not.toContain('aliyun cbn SetCenInterRegionBandwidthLimit');
    expect(script).toMatch(/# NOT EXPORTED — blocked in the console: .*8 Mbps/);
    expect(script).toContain('1 call(s) are blocked');
  });

  it.skipIf(!HAS_JQ)(
    'an adopted package of unknown period: stops before any call until the user chooses one, then sends it',
    () => {
      const script = renderAliyunCliScript(planSetup(demoAdoptedPackage()));
      const unset = run(script);
      expect(unset.status).not.toBe(0);
      expect(unset.stderr).toContain('Set PACKAGE_PRICING_CYCLE');
      expect(unset.calls).toEqual([]);
      const chosen = run(script, { PACKAGE_PRICING_CYCLE: 'Year', PACKAGE_PERIOD: '2' });
      expect(chosen.status).toBe(0);
      const buy = chosen.calls.find((c) => c.startsWith('cbn CreateCenBandwidthPackage'));
      expect(buy).toContain('--PricingCycle Year');
      expect(buy).toContain('--Period 2');
      expect(buy?.match(/--Period /g)).toHaveLength(1);
    },
  );

  it('a package the console bought sends its real period; pay-as-you-go sends none', () => {
    const year = demoFresh();
    year.bandwidthPackage = { ...year.bandwidthPackage!, pricingCycle: 'Year', period: 3 };
    const script = renderAliyunCliScript(planSetup(year));
    expect(script).toContain('--PricingCycle Year \\\n  --Period 3');
    expect(script).not.toContain('PACKAGE_PERIOD');
    const postpaid = demoFresh();
    postpaid.bandwidthPackage = { ...postpaid.bandwidthPackage!, chargeType: 'POSTPAY' };
    const payg = renderAliyunCliScript(planSetup(postpaid));
    expect(payg).toContain('--BandwidthPackageChargeType POSTPAY');
    expect(payg).not.toMatch(/--Period|--PricingCycle|PACKAGE_PERIOD/);
  });

  it("'remaining' after adopting a package needs no period: that call is not sent", () => {
    const script = renderAliyunCliScript(planSetup(demoAdoptedPackage()), { scope: 'remaining' });
    expect(script).not.toContain('PACKAGE_PERIOD=');
    expect(script).toContain('# NOTE: Bandwidth package cenbwp-');
  });

  it('uses the profile names it is given', () => {
    const script = renderAliyunCliScript(planSetup(demoFresh()), { profiles: { A: 'acct-a', B: 'acct-b' } });
    expect(script).toContain('PROFILE_A="${PROFILE_A:-acct-a}"');
    expect(script).toContain('aliyun configure --profile acct-b');
  });
});

describe('shellQuote', () => {
  it.each([
    ['cen-7qthudw0ll6jmc8y1z', 'cen-7qthudw0ll6jmc8y1z'],
    ['a b', `'a b'`],
    [`it's`, `'it'\\''s'`],
    ['$(rm -rf /)', `'$(rm -rf /)'`],
    ['', `''`],
  ])('%s → %s', (input, expected) => {
    expect(shellQuote(input)).toBe(expected);
    // And bash reads it back unchanged.
    expect(spawnSync('bash', ['-c', `printf %s ${shellQuote(input)}`], { encoding: 'utf8' }).stdout).toBe(
      input,
    );
  });
});
