// The frame of every step: its number and tutorial title, who acts (A/B badge), where (region), and its state
// (waiting / in progress with elapsed time / done / failed with the reason).
import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { regionLabel } from '../../domain/regions';
import { accountByName, accountQueries } from '../api/accounts';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useProgress, type StepId } from '../state/progress-store';
import { useQuery } from '@tanstack/react-query';
import { AccountBadge } from './account-badge';
import { StepStateText } from './step-state-text';
import type { AccountName } from '../../domain/accounts';

export interface StepPanelProps {
  step: StepId;
  account: AccountName;
  /** The region the step acts in; undefined for CEN-level (central) actions. */
  regionId?: string | undefined;
  children: ReactNode;
}

export function StepPanel({ step, account, regionId, children }: StepPanelProps) {
  const { t, locale } = useI18n();
  const accounts = useQuery(accountQueries.all());
  const state = useProgress((p) => p.steps[String(step)]);
  const title = t(`step${step}` as MessageKey);
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20, whiteSpace: 'normal' }}>
          {t('stepN', { n: step })} {title}
        </Typography.Title>
      }
    >
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <AccountBadge account={account} uid={accountByName(accounts.data, account)?.uid} />
        <Tag>
          {t('region')}: {regionId ? regionLabel(regionId, locale) : t('regionCentral')}
        </Tag>
        <StepStateText state={state} />
      </Flex>
      {children}
    </Card>
  );
}
