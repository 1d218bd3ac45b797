// Step 3 on Enterprise Edition, once a VPC's attachment is Attached: associate it with its router's System route
// table and propagate its routes there (docs/reference/enterprise-edition.md §2 step 6), the plan's own two calls
// (tableLinkCall) with their ClientTokens; Associating/Enabling → Active shown live (transitQueries.tableLinks polls).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Typography } from 'antd';
import type { TableLink } from '../../../domain/plan/enterprise-waits';
import { tableLinkCall } from '../../../domain/plan/enterprise-setup-calls';
import { toApiError } from '../../api/api-error';
import { transitQueries } from '../../api/transit-routers';
import { ErrorPanel } from '../../components/error-panel';
import { StatusTag } from '../../components/status-tag';
import { callWithClientToken, sendPlannedCall } from '../../plan/send-planned-call';
import { setStepState } from '../../state/progress-store';
import { type AttachSide, vpcSideOf } from './enterprise-attach-state';
import { fixKey, useEnterpriseAttachText } from './enterprise-attach-text';

export function EnterpriseTableLinks({ cenId, side }: { cenId: string; side: AttachSide }) {
  const et = useEnterpriseAttachText();
  const queryClient = useQueryClient();
  const s = side.side;
  const attached = side.attachment?.status === 'Attached';
  const missing: TableLink[] = [
    ...(side.association ? [] : (['association'] as const)),
    ...(side.propagation ? [] : (['propagation'] as const)),
  ];

  const link = useMutation({
    mutationFn: async () => {
      const v = vpcSideOf(side, []);
      // Association first: the console's own order, and the QOS module's (§2 step 9).
      for (const kind of missing) {
        const call = callWithClientToken((clientTokens) =>
          tableLinkCall(
            kind,
            s,
            s,
            {
              vpcs: { [s]: v },
              peer: { association: {}, propagation: {} },
              cen: { id: cenId },
              clientTokens,
            },
            { status: 'pending' },
          ),
        );
        await sendPlannedCall(call);
      }
    },
    onMutate: () => setStepState(3, { status: 'process', since: Date.now() }),
    onError: (error) => setStepState(3, { status: 'error', reason: toApiError(error).code }),
    onSettled: () =>
      side.tableId
        ? queryClient.invalidateQueries({ queryKey: transitQueries.tableLinks(side.tableId).queryKey })
        : undefined,
  });
  const fix = link.isError ? fixKey(toApiError(link.error).code) : undefined;

  const status = (value: string | undefined, kind: string) =>
    value ? (
      <StatusTag status={value} testId={`tr-${kind}-${s}`} />
    ) : (
      <span data-testid={`tr-${kind}-${s}`}>{et('links.notYet')}</span>
    );

  return (
    <>
      <Descriptions size="small" column={1} bordered={false}>
        <Descriptions.Item label={et('attachment.label')}>
          <Typography.Text code>{side.attachment?.id}</Typography.Text>{' '}
          <StatusTag status={side.attachment?.status ?? ''} testId={`tr-attachment-${s}`} />
        </Descriptions.Item>
        <Descriptions.Item label={et('links.table')}>
          {side.tableId ? <Typography.Text code>{side.tableId}</Typography.Text> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={et('links.association')}>
          {status(side.association, 'association')}
        </Descriptions.Item>
        <Descriptions.Item label={et('links.propagation')}>
          {status(side.propagation, 'propagation')}
        </Descriptions.Item>
      </Descriptions>
      {!attached ? <Typography.Paragraph>{et('links.wait')}</Typography.Paragraph> : null}
      {link.isError ? <ErrorPanel error={link.error} hint={fix ? et(fix) : undefined} /> : null}
      {missing.length > 0 ? (
        <Button
          type="primary"
          // Not before the links are read: an association that exists but is unread would be sent again and
          // refused (AssociationExist.TransitRouterTable).
          disabled={!attached || !side.tableId || !side.linksRead}
          loading={link.isPending}
          onClick={() => link.mutate()}
        >
          {et('links.do')}
        </Button>
      ) : null}
    </>
  );
}
