// Step 5 on Enterprise Edition, second part: the peer attachment associated with and propagating to BOTH routers'
// System route tables (docs/reference/enterprise-edition.md §2 step 9 — Alibaba's QOS module makes exactly these
// four calls), each the plan's own tableLinkCall; Associating/Enabling → Active, listed live (tableLinks).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Typography } from 'antd';
import type { Side } from '../../../domain/plan/enterprise-setup-input';
import { tableLinkCall } from '../../../domain/plan/enterprise-setup-calls';
import type { TableLink } from '../../../domain/plan/enterprise-waits';
import { regionLabel } from '../../../domain/regions';
import { toApiError } from '../../api/api-error';
import { transitQueries } from '../../api/transit-routers';
import { WriteErrorPanel } from '../../components/error-panel';
import { StatusTag } from '../../components/status-tag';
import { useI18n } from '../../i18n/i18n';
import { callWithClientToken, sendPlannedCall } from '../../plan/send-planned-call';
import { forgetClientToken, setStepState } from '../../state/progress-store';
import type { EnterpriseConnection } from './enterprise-connection-state';
import { useEnterpriseStep5Text } from './enterprise-text';
import { SideTable, SIDES } from './side-table';

const LINKS: readonly TableLink[] = ['association', 'propagation'];

/** The four links still to make, in the order the plan lists them (A's router first, association first). */
export function missingPeerLinks(conn: EnterpriseConnection): { link: TableLink; side: Side }[] {
  return SIDES.flatMap((side) =>
    LINKS.filter((link) => !conn.input.peer[link][side]).map((link) => ({ link, side })),
  );
}

export function EnterprisePeerLinks({ conn }: { conn: EnterpriseConnection }) {
  const { locale } = useI18n();
  const et = useEnterpriseStep5Text();
  const queryClient = useQueryClient();
  const peerAttached = conn.peer?.Status === 'Attached';
  // Both tables' links read first: a link not listed yet is not known to be missing.
  const tablesKnown = SIDES.every((s) => conn.sides[s].tableId && conn.sides[s].links);
  const missing = missingPeerLinks(conn);

  const link = useMutation({
    mutationFn: async () => {
      for (const { link: kind, side } of missing) {
        const call = callWithClientToken((tokens) =>
          tableLinkCall(kind, 'peer', side, { ...conn.input, clientTokens: tokens }, { status: 'pending' }),
        );
        await sendPlannedCall(call);
        if (call.clientToken) forgetClientToken(call.clientToken.purpose);
      }
    },
    onMutate: () => setStepState(5, { status: 'process', since: Date.now() }),
    onError: (error) => setStepState(5, { status: 'error', reason: toApiError(error).code }),
    onSettled: () =>
      Promise.all(
        SIDES.map((s) =>
          queryClient.invalidateQueries({
            queryKey: transitQueries.tableLinks(conn.sides[s].tableId ?? '').queryKey,
          }),
        ),
      ),
  });

  return (
    <section aria-labelledby="tr-peer-links-title">
      <Typography.Title level={3} id="tr-peer-links-title" style={{ fontSize: 16 }}>
        {et('links.title')}
      </Typography.Title>
      <Typography.Paragraph>{et('links.explain')}</Typography.Paragraph>
      <SideTable
        columns={[
          {
            title: et('links.router'),
            key: 'router',
            render: (_, { side }) => regionLabel(conn.sides[side].regionId, locale),
          },
          ...LINKS.map((kind) => ({
            title: et(kind === 'association' ? 'links.association' : 'links.propagation'),
            key: kind,
            render: (_: unknown, { side }: { side: Side }) => {
              const status = conn.input.peer[kind][side];
              return status ? <StatusTag status={status} testId={`tr-peer-${kind}-${side}`} /> : '—';
            },
          })),
        ]}
      />
      {missing.length > 0 ? (
        <Flex vertical gap="small" align="start" style={{ marginTop: 16 }}>
          {!peerAttached ? <Typography.Text>{et('links.waitPeer')}</Typography.Text> : null}
          <Button
            type="primary"
            disabled={!peerAttached || !tablesKnown}
            loading={link.isPending}
            onClick={() => link.mutate()}
          >
            {et('links.create')}
          </Button>
        </Flex>
      ) : null}
      <WriteErrorPanel write={link} gap="above" />
    </section>
  );
}
