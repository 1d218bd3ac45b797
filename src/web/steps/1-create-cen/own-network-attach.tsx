// Step 1 with "Attach a network" → Current Account: once the CEN is Active, attach Account A's own network and show
// it going Attaching → Attached. A failure shows the cloud's error with a retry.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { attachCall } from '../../../domain/plan/setup-calls';
import { attachmentQueries } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import type { NetworkRef } from '../../state/progress-store';
import { ErrorPanel } from '../../components/error-panel';
import { StatusTag } from '../../components/status-tag';
import { sendPlannedCall } from '../../plan/send-planned-call';

export function OwnNetworkAttach({ cenId, network }: { cenId: string; network: NetworkRef }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const attachments = useQuery(attachmentQueries.ofCen(cenId));
  const child = attachments.data?.find((c) => c.ChildInstanceId === network.instanceId);
  const attach = useMutation({
    // A's own network: no Owner Account (ChildInstanceOwnerId is for another account's network).
    mutationFn: () => sendPlannedCall(attachCall({ owner: 'A', ...network }, cenId, undefined)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentQueries.all }),
  });
  // One automatic attempt per mount once we know it is not attached yet; a failure waits for the retry button.
  const tried = useRef(false);
  const needed = attachments.isSuccess && !child;
  useEffect(() => {
    if (needed && !tried.current) {
      tried.current = true;
      attach.mutate();
    }
  }, [needed, attach]);

  return (
    <Flex vertical gap="small">
      <Flex gap="small" align="center" wrap>
        <Typography.Text>{t('ownAttachState', { id: network.instanceId })}</Typography.Text>
        <StatusTag
          status={child?.Status ?? (attach.isPending ? 'Attaching' : 'Pending')}
          testId="own-network-status"
        />
      </Flex>
      {attach.isError ? <ErrorPanel error={attach.error} onRetry={() => attach.mutate()} /> : null}
    </Flex>
  );
}
