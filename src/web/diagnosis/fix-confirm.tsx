// A one-call fix offered by the engine (e.g. Ecs.AuthorizeSecurityGroup with an ICMP ingress rule): the exact
// request is shown, and it is sent only after the user confirms in a modal, never before. On Enterprise Edition the
// fix is one of the setup plan's own calls (domain/diagnosis/enterprise-path/enterprise-fix-calls.ts), sent as the
// steps send it (plan/send-planned-call.ts), with the ClientToken its step would use.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ApiCall } from '../../domain/diagnosis/api-call';
import type { PlannedCall } from '../../domain/plan/plan-types';
import { sendPlannedCall } from '../plan/send-planned-call';
import { forgetClientToken, progressStore } from '../state/progress-store';
import { ErrorPanel } from '../components/error-panel';
import { sendApiCall } from './describe';
import { useDiagnosisText } from './ui-text';

const isPlanned = (call: ApiCall | PlannedCall): call is PlannedCall => 'refs' in call && 'step' in call;

export function FixConfirm({ call, onDone }: { call: ApiCall | PlannedCall; onDone: () => void }) {
  const { tx } = useDiagnosisText();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const vars = { action: call.key, account: call.account };
  const send = useMutation({
    mutationFn: () => (isPlanned(call) ? sendPlannedCall(call) : sendApiCall(call)),
    onSuccess: () => {
      // The write is done: its saved ClientToken must not be reused by a later, different fix.
      const token = call.params.ClientToken;
      for (const [purpose, value] of Object.entries(progressStore.get().clientTokens))
        if (value === token) forgetClientToken(purpose);
      setOpen(false);
      // The step around the panel reads the same resources (grants, rules): let every view catch up.
      void queryClient.invalidateQueries();
      onDone();
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="fix-button">
        {tx('fix.button', vars)}
      </Button>
      {send.isSuccess ? (
        <Alert type="success" showIcon role="status" title={tx('fix.done', vars)} style={{ marginTop: 8 }} />
      ) : null}
      <Modal
        open={open}
        title={tx('fix.title', vars)}
        okText={tx('fix.confirm')}
        cancelText={tx('fix.cancel')}
        confirmLoading={send.isPending}
        onOk={() => send.mutate()}
        onCancel={() => setOpen(false)}
        width={720}
      >
        <Typography.Paragraph>{tx('fix.intro')}</Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={tx('fix.action')}>
            <Typography.Text code>{call.key}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={tx('fix.account')}>{call.account}</Descriptions.Item>
          {call.regionId ? (
            <Descriptions.Item label={tx('fix.region')}>{call.regionId}</Descriptions.Item>
          ) : null}
        </Descriptions>
        <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 4 }}>
          {tx('fix.params')}
        </Typography.Paragraph>
        <pre
          className="command"
          data-testid="fix-params"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {JSON.stringify(call.params, null, 2)}
        </pre>
        {send.isError ? <ErrorPanel error={send.error} /> : null}
      </Modal>
    </>
  );
}
