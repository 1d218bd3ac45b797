// Step 3 on Enterprise Edition, one VPC not yet attached: its zone → vSwitch mappings and the Attach button
// (CreateTransitRouterVpcAttachment, docs/reference/enterprise-edition.md §2 step 5). A's vSwitches come from its own
// VPC's list, B's from ListGrantVSwitchesToCen (what A may attach, §2 step 4) with their free IPs from B's own list.
// The zones and their defaults are the domain's rule (domain/plan/enterprise-zones.ts): nothing is typed by hand.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Select, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { attachVpcCall } from '../../../domain/plan/enterprise-setup-calls';
import {
  checkZoneChoices,
  defaultZoneChoices,
  routerZones,
  singleZoneRisk,
  usableZones,
  zonesWanted,
  type VSwitchOption,
  type ZoneChoice,
  type ZoneProblem,
} from '../../../domain/plan/enterprise-zones';
import { toApiError } from '../../api/api-error';
import { transitQueries } from '../../api/transit-routers';
import { vSwitchQueries } from '../../api/vswitches';
import { ErrorPanel } from '../../components/error-panel';
import { usePublishDraft } from '../../plan/plan-draft';
import { callWithClientToken, sendPlannedCall } from '../../plan/send-planned-call';
import { setStepState } from '../../state/progress-store';
import { type AttachSide, vpcSideOf } from './enterprise-attach-state';
import { SecondZoneVSwitch } from './enterprise-second-zone';
import { fixKey, useEnterpriseAttachText, type EnterpriseStep3Key } from './enterprise-attach-text';

/** The vSwitches this side may map, with free IPs where the owner's list gives them. */
function useVSwitchOptions(cenId: string, side: AttachSide) {
  const { regionId = '', instanceId: vpcId = '' } = side.network ?? {};
  const own = useQuery({ ...vSwitchQueries.ofVpc(side.side, regionId, vpcId), enabled: Boolean(vpcId) });
  const granted = useQuery({
    ...transitQueries.vSwitches(cenId, regionId, vpcId),
    enabled: side.side === 'B' && Boolean(vpcId),
  });
  const zones = useQuery({ ...vSwitchQueries.routerZones(regionId), enabled: Boolean(regionId) });
  const options = useMemo((): VSwitchOption[] | undefined => {
    const counted = new Map((own.data ?? []).map((s) => [s.VSwitchId, s]));
    if (side.side === 'A')
      return own.data?.map((s) => ({
        vSwitchId: s.VSwitchId,
        zoneId: s.ZoneId,
        name: s.VSwitchName,
        cidrBlock: s.CidrBlock,
        freeIps: s.AvailableIpAddressCount,
      }));
    // B's: what A may attach; B's own read only adds the counts (unknown if it failed).
    return granted.data?.map((s) => ({
      vSwitchId: s.VSwitchId,
      zoneId: s.ZoneId,
      name: s.VSwitchName,
      cidrBlock: counted.get(s.VSwitchId)?.CidrBlock,
      freeIps: counted.get(s.VSwitchId)?.AvailableIpAddressCount,
    }));
  }, [own.data, granted.data, side.side]);
  const settledZones = zones.isSuccess || zones.isError;
  const regionZones = options && settledZones ? routerZones(options, zones.data) : undefined;
  // A's list is the only one for side A; for B, ListGrantVSwitchesToCen's refusal (no grant) is the one to show.
  const failed = side.side === 'A' ? own : granted;
  const loading = !options || !settledZones || (side.side === 'B' && own.isPending);
  return { options, regionZones, loading, failed: failed.isError ? failed : undefined };
}

function problemText(
  et: (k: EnterpriseStep3Key, v?: Record<string, string | number>) => string,
  p: ZoneProblem,
) {
  const n = 'index' in p ? p.index + 1 : 0;
  switch (p.kind) {
    case 'none-chosen':
      return et('problem.none-chosen');
    case 'unknown-vswitch':
    case 'no-free-ip':
      return et(`problem.${p.kind}`, { n, id: p.vSwitchId });
    case 'zone-unavailable':
    case 'same-zone':
      return et(`problem.${p.kind}`, { n, zone: p.zoneId });
    case 'second-zone-needed':
      return et('problem.second-zone-needed', { zones: p.zoneIds.join(', ') });
    case 'too-many':
      return et('problem.too-many', { count: p.count });
  }
}

export function EnterpriseZoneForm({
  cenId,
  side,
  uidB,
  blockedBy,
}: {
  cenId: string;
  side: AttachSide;
  uidB: string | undefined;
  /** The preflight's blocking reason, in words: the Attach button stays disabled while it stands. */
  blockedBy?: string | undefined;
}) {
  const et = useEnterpriseAttachText();
  const { options, regionZones, loading, failed } = useVSwitchOptions(cenId, side);
  if (failed)
    return (
      <ErrorPanel
        error={failed.error}
        onRetry={() => void failed.refetch()}
        hint={(() => {
          const key = fixKey(toApiError(failed.error).code);
          return key ? et(key) : undefined;
        })()}
      />
    );
  if (loading || !options || !regionZones) return <Typography.Text>{et('zones.loading')}</Typography.Text>;
  return (
    <ZoneChoices
      cenId={cenId}
      side={side}
      uidB={uidB}
      options={options}
      regionZones={regionZones}
      blockedBy={blockedBy}
    />
  );
}

/** The slots, once the vSwitches and the router's zones are read; the preview follows them (plan-draft.ts). */
function ZoneChoices({
  cenId,
  side,
  uidB,
  options,
  regionZones,
  blockedBy,
}: {
  cenId: string;
  side: AttachSide;
  uidB: string | undefined;
  options: VSwitchOption[];
  regionZones: string[];
  blockedBy?: string | undefined;
}) {
  const et = useEnterpriseAttachText();
  const queryClient = useQueryClient();
  const idBase = useId();
  const [picked, setPicked] = useState<(string | undefined)[] | undefined>(undefined);
  const [problems, setProblems] = useState<ZoneProblem[]>([]);

  const attach = useMutation({
    mutationFn: (zones: ZoneChoice[]) => {
      const v = vpcSideOf(side, zones);
      if (!v) throw new Error('No VPC chosen for this side in step 1.');
      return sendPlannedCall(
        callWithClientToken((tokens) =>
          attachVpcCall(side.side, v, cenId, uidB, false, tokens, { status: 'pending' }),
        ),
      );
    },
    onMutate: () => setStepState(3, { status: 'process', since: Date.now() }),
    onError: (error) => setStepState(3, { status: 'error', reason: toApiError(error).code }),
    // A lost answer may hide an attachment the cloud made: read the list again either way (the ClientToken makes a
    // retry answer that same attachment, §2 step 5).
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: transitQueries.vpcAttachments(cenId).queryKey }),
  });

  const wanted = zonesWanted(regionZones);
  const defaults = defaultZoneChoices(options, regionZones).map((c) => c.vSwitchId);
  const chosen = picked ?? defaults;
  const byId = new Map(options.map((o) => [o.vSwitchId, o]));
  const choices = chosen
    .slice(0, wanted)
    .filter((id): id is string => Boolean(id))
    .map((id) => ({ vSwitchId: id, zoneId: byId.get(id)?.zoneId ?? '' }));
  const usable = usableZones(options, regionZones);
  // The preview shows the mappings Attach would send, or why it would refuse them (enterprise-setup-input-from.ts).
  const firstProblem = checkZoneChoices(choices, options, regionZones)[0];
  usePublishDraft(
    side.side === 'A' ? 'zonesA' : 'zonesB',
    firstProblem ? { problem: problemText(et, firstProblem) } : { value: choices },
  );

  const reasonFor = (o: VSwitchOption, slot: number): string | undefined => {
    if (o.freeIps === 0) return et('zones.noFreeIp');
    if (!regionZones.includes(o.zoneId)) return et('zones.zoneUnavailable');
    const other = chosen[slot === 0 ? 1 : 0];
    if (other && other !== o.vSwitchId && byId.get(other)?.zoneId === o.zoneId) return et('zones.sameZone');
    return undefined;
  };
  const label = (o: VSwitchOption, reason: string | undefined) => {
    const free = o.freeIps === undefined ? et('zones.freeUnknown') : et('zones.free', { count: o.freeIps });
    const text = et('zones.option', {
      zone: o.zoneId,
      name: o.name ? `${o.name} (${o.vSwitchId})` : o.vSwitchId,
      cidr: o.cidrBlock ?? '—',
      free,
    });
    return reason ? `${text} — ${reason}` : text;
  };
  const choose = (slot: number, id: string | undefined) => {
    const next = [...chosen];
    next[slot] = id;
    setPicked(next);
    setProblems([]);
  };
  const submit = () => {
    const found = checkZoneChoices(choices, options, regionZones);
    setProblems(found);
    if (found.length === 0) attach.mutate(choices);
  };
  const fix = attach.isError ? fixKey(toApiError(attach.error).code) : undefined;

  return (
    <Flex vertical gap="small">
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {et(wanted === 2 ? 'zones.why2' : 'zones.why1')}
      </Typography.Paragraph>
      {usable.length === 0 ? <Alert type="warning" showIcon title={et('zones.noVSwitch')} /> : null}
      <Form layout="vertical" component={false}>
        {Array.from({ length: wanted }, (_, slot) => {
          const id = `${idBase}-zone-${slot}`;
          return (
            <Form.Item
              key={slot}
              label={et('zones.slot', { n: slot + 1 })}
              htmlFor={id}
              style={{ marginBottom: 8 }}
            >
              <Select
                id={id}
                value={chosen[slot]}
                allowClear={slot > 0}
                onChange={(value: string | undefined) => choose(slot, value)}
                options={options.map((o) => {
                  const reason = reasonFor(o, slot);
                  return { value: o.vSwitchId, label: label(o, reason), disabled: Boolean(reason) };
                })}
              />
            </Form.Item>
          );
        })}
      </Form>
      {singleZoneRisk(choices, options, regionZones) ? (
        <>
          <Alert type="warning" showIcon title={et('zones.singleRisk')} />
          <SecondZoneVSwitch cenId={cenId} side={side} options={options} regionZones={regionZones} />
        </>
      ) : null}
      {problems.length > 0 ? (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={
            <ul className="plain-list" data-testid={`zone-problems-${side.side}`}>
              {problems.map((p, i) => (
                <li key={i}>{problemText(et, p)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {attach.isError ? <ErrorPanel error={attach.error} hint={fix ? et(fix) : undefined} /> : null}
      {blockedBy ? (
        <Alert
          type="error"
          showIcon
          data-testid={`preflight-blocks-${side.side}`}
          title={et('attach.preflightBlocks', { reason: blockedBy })}
        />
      ) : null}
      <div>
        <Button type="primary" loading={attach.isPending} onClick={submit} disabled={Boolean(blockedBy)}>
          {et(side.side === 'A' ? 'attach.A' : 'attach.B')}
        </Button>
      </div>
    </Flex>
  );
}
