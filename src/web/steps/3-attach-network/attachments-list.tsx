// The networks attached to the CEN with their live status (Attaching → Attached), polled by the query factory.
import { Empty, Typography } from 'antd';
import { regionLabel } from '../../../domain/regions';
import type { Attachment } from '../../api/networks';
import { useI18n } from '../../i18n/i18n';
import { AccountBadge } from '../../components/account-badge';
import { StatusTag } from '../../components/status-tag';

export function AttachmentsList({
  attachments,
  uidB,
}: {
  attachments: Attachment[];
  uidB: string | undefined;
}) {
  const { t, locale } = useI18n();
  return (
    <section aria-label={t('attached')}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('attached')}
      </Typography.Title>
      {attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noAttached')} />
      ) : (
        <ul className="plain-list">
          {attachments.map((child) => (
            <li key={child.ChildInstanceId} data-testid="attachment">
              <Typography.Text code>{child.ChildInstanceId}</Typography.Text>
              <span>{child.ChildInstanceType}</span>
              <span>{regionLabel(child.ChildInstanceRegionId, locale)}</span>
              <AccountBadge account={child.ChildInstanceOwnerId === uidB ? 'B' : 'A'} />
              <StatusTag status={child.Status} testId={`attachment-status-${child.ChildInstanceId}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
