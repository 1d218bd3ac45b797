// The console's shell: header (title, cloud mode, language), the six tutorial steps as an antd Steps bar, and the
// current step. Any step can be opened from the bar; progress comes from the store (progress-store.ts).
import { useQuery } from '@tanstack/react-query';
import { Col, Layout, Row, Segmented, Spin, Steps, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { accountQueries } from '../api/accounts';
import { StepStateText } from '../components/step-state-text';
import { useI18n } from './i18n';
import { setCurrentStep, useProgress } from './progress-store';
import { STEPS } from './steps-registry';
import type { Locale } from '../../domain/regions';

export function App() {
  const { t, locale, setLocale } = useI18n();
  const current = useProgress((p) => p.current);
  const states = useProgress((p) => p.steps);
  const accounts = useQuery(accountQueries.all());
  const step = STEPS[current] ?? STEPS[0];
  const Current = step?.Component;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          background: '#fff',
          borderBottom: '1px solid #eee',
        }}
      >
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22, flex: 'none' }}>
          {t('appTitle')}
        </Typography.Title>
        {accounts.data ? <Tag>{t(accounts.data.cloud === 'mock' ? 'mockMode' : 'liveMode')}</Tag> : null}
        <span style={{ flex: 1 }} />
        <Segmented<Locale>
          aria-label={t('language')}
          value={locale}
          onChange={(value) => setLocale(value)}
          options={[
            { label: 'English', value: 'en' },
            { label: '中文', value: 'zh' },
          ]}
        />
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Typography.Paragraph type="secondary">{t('appSubtitle')}</Typography.Paragraph>
        <Row gutter={[24, 24]}>
          <Col xs={24} lg={8} xl={7}>
            <nav aria-label={t('tutorialSteps')}>
              <Steps
                orientation="vertical"
                current={current}
                onChange={setCurrentStep}
                items={STEPS.map((s) => ({
                  key: s.id,
                  title: t(s.title),
                  status: states[String(s.id)]?.status ?? 'wait',
                  content: (
                    <span>
                      {t('stepN', { n: s.id })} · {t(s.account === 'A' ? 'accountA' : 'accountB')} ·{' '}
                      <StepStateText state={states[String(s.id)]} />
                    </span>
                  ),
                }))}
              />
            </nav>
          </Col>
          <Col xs={24} lg={16} xl={17}>
            <Suspense fallback={<Spin aria-label={t('loading')} />}>{Current ? <Current /> : null}</Suspense>
          </Col>
        </Row>
      </Layout.Content>
    </Layout>
  );
}
