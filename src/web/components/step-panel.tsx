// The frame of every step: its number and tutorial title, who acts (A/B badge), where (region), and its state
// (waiting / in progress with elapsed time / done / failed with the reason).
// Plain elements drawn as antd's Card, not the Card itself: Card imports Tabs (for its tabList), and with them Menu
// and Dropdown, into every step's first load (bench rows (d) and (e)), for a title and a body.
import { Flex, Tag } from 'antd';
import type { ReactNode } from 'react';
import { regionLabel } from '../../domain/regions';
import { accountByName, accountQueries } from '../api/accounts';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useProgress, type StepId } from '../state/progress-store';
import { useQuery } from '@tanstack/react-query';
import { AccountBadge } from './account-badge';
import { StepStateText } from './step-state-text';
import './step-panel.css';
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
    <div className="step-panel">
      <h2 className="step-panel-title">
        {t('stepN', { n: step })} {title}
      </h2>
      <div className="step-panel-body">
        <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
          <AccountBadge account={account} uid={accountByName(accounts.data, account)?.uid} />
          <Tag>
            {t('region')}: {regionId ? regionLabel(regionId, locale) : t('regionCentral')}
          </Tag>
          <StepStateText state={state} />
        </Flex>
        {children}
      </div>
    </div>
  );
}
