// The console's secondary navigation: Plan, Topology, Audit log, Export, Tear down. Toggle buttons
// (aria-pressed) open one panel under the steps; each panel is its own lazy chunk, so none of them weighs on the
// first load. The open panel is kept in the URL hash (#topology…) so a link or a reload opens it again.
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useFeatureText } from '../i18n/feature-text';
import './feature-tabs.css';

const TABS = ['plan', 'topology', 'audit', 'export', 'teardown'] as const;
type Tab = (typeof TABS)[number];

const PANELS: Record<Tab, ComponentType> = {
  plan: lazy(() => import('../plan/plan-view').then((m) => ({ default: m.PlanView }))),
  topology: lazy(() => import('../topology/topology-view').then((m) => ({ default: m.TopologyView }))),
  audit: lazy(() => import('../audit/audit-view').then((m) => ({ default: m.AuditView }))),
  export: lazy(() => import('../export/export-view').then((m) => ({ default: m.ExportView }))),
  teardown: lazy(() => import('../teardown/teardown-view').then((m) => ({ default: m.TeardownView }))),
};

const TEXT = {
  en: {
    nav: 'See it and take it with you',
    plan: 'Plan',
    topology: 'Topology',
    audit: 'Audit log',
    export: 'Export',
    teardown: 'Tear down',
    loading: 'Loading…',
  },
  zh: {
    nav: '查看与导出',
    plan: '执行计划',
    topology: '拓扑',
    audit: '审计日志',
    export: '导出',
    teardown: '释放资源',
    loading: '加载中…',
  },
} as const;

function fromHash(): Tab | undefined {
  const hash = globalThis.location?.hash.replace(/^#/, '');
  return TABS.find((t) => t === hash);
}

export function FeatureTabs() {
  const t = useFeatureText(TEXT);
  const [open, setOpen] = useState<Tab | undefined>(fromHash);
  useEffect(() => {
    const onHash = () => setOpen(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const choose = (tab: Tab) => {
    const next = open === tab ? undefined : tab;
    setOpen(next);
    history.replaceState(null, '', next ? `#${next}` : `${location.pathname}${location.search}`);
  };
  const Panel = open ? PANELS[open] : undefined;
  return (
    <section className="feature-tabs" aria-label={t('nav')}>
      <nav aria-label={t('nav')} className="feature-tabs-bar">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            aria-pressed={open === tab}
            aria-controls={open === tab ? 'feature-panel' : undefined}
            data-testid={`feature-tab-${tab}`}
            onClick={() => choose(tab)}
          >
            {t(tab)}
          </button>
        ))}
      </nav>
      {Panel ? (
        <div id="feature-panel" className="feature-panel">
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <Panel />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
