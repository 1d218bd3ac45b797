// The console's shell: header (title, cloud mode, language), the six tutorial steps as an antd Steps bar, and the
// current step. Any step can be opened from the bar; progress comes from the store (progress-store.ts).
// Plain elements only, no antd component (steps-bar.tsx says why); each step is a lazy chunk (steps-registry.ts).
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { Locale } from '../../domain/regions';
import { StepStateText } from '../components/step-state-text';
import './app.css';
import { useI18n } from '../i18n/i18n';
import { holdCurrentStep, setCurrentStep, useProgress } from '../state/progress-store';
import { useSavedProgressCheck } from '../state/saved-progress-check';
import { preloadEveryStep, STEPS } from './steps-registry';
import { useHashRoute } from '../training/hash-route';
import { StepsBar } from './steps-bar';
import { whenIdleAfterPaint } from '../components/when-idle-after-paint';
import { CLOUD_GATE } from './cloud-gate-chunk';

// Lazy: these need the API client and its schemas (zod), which the first paint can do without.
const CloudModeTag = lazy(() =>
  import('../components/cloud-mode-tag').then((m) => ({ default: m.CloudModeTag })),
);
const LiveNotice = lazy(() => import('../components/live-notice').then((m) => ({ default: m.LiveNotice })));
const Reconcile = lazy(() =>
  import('./reconcile').then((m) => {
    m.checkSavedProgress();
    return { default: m.Reconcile };
  }),
);
// The plan preview under each step and the Plan / Topology / Audit log / Export / Tear down panels.
const StepPlanPanel = lazy(() =>
  import('../plan/step-plan-panel').then((m) => ({ default: m.StepPlanPanel })),
);
const FeatureTabs = lazy(() => import('./feature-tabs').then((m) => ({ default: m.FeatureTabs })));
// Training and demo tools: the dock above the steps, and the #/trainer and #/debrief pages.
const TrainingDock = lazy(() =>
  import('../training/training-dock').then((m) => ({ default: m.TrainingDock })),
);
const TrainingPage = lazy(() =>
  import('../training/training-page').then((m) => ({ default: m.TrainingPage })),
);
/**
 * Everything that reads the cloud mounts behind this gate (cloud-gate-chunk.ts). Loaded with the step on screen before
 * the first render (first-screen.ts, main.tsx), like the step itself.
 */
export const preloadCloudGate = CLOUD_GATE.preload;
const CloudGate = CLOUD_GATE.Component;

/**
 * Page load (bench row (e)): the panels around the step mount once the first screen is painted, so their chunks (the
 * training dock alone is ~150 KB gzip with what it shares) are fetched and run after step 1 is usable, not before.
 */
function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted ? <Suspense fallback={null}>{children}</Suspense> : null;
}

const LANGUAGES: readonly [Locale, string][] = [
  ['en', 'English'],
  ['zh', '中文'],
];

export function App() {
  const { t, locale, setLocale } = useI18n();
  const current = useProgress((p) => p.current);
  const states = useProgress((p) => p.steps);
  const Current = (STEPS[current] ?? STEPS[0])?.Component;
  const route = useHashRoute();
  const checkingSaved = useSavedProgressCheck();
  // The other steps' chunks once the first one is painted, so Next opens a step at once (steps-registry.ts).
  useEffect(() => whenIdleAfterPaint(() => void preloadEveryStep()), []);

  return (
    <div className="shell">
      <header className="shell-header">
        <h1>{t('appTitle')}</h1>
        {/* The trainer's page never joins: it reads only the class (trainer-view.tsx). */}
        {route === 'trainer' ? null : (
          <AfterFirstPaint>
            <CloudGate>
              <CloudModeTag />
            </CloudGate>
          </AfterFirstPaint>
        )}
        <span className="shell-spacer" />
        <div role="group" aria-label={t('language')} className="shell-language">
          {LANGUAGES.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={locale === value}
              lang={value === 'zh' ? 'zh-CN' : 'en'}
              onClick={() => setLocale(value)}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <main className="shell-body">
        <p className="shell-subtitle">{t('appSubtitle')}</p>
        {route === 'trainer' ? null : (
          <AfterFirstPaint>
            <CloudGate>
              <Reconcile />
              <LiveNotice />
            </CloudGate>
          </AfterFirstPaint>
        )}
        {route === 'console' ? (
          <>
            <AfterFirstPaint>
              <TrainingDock />
            </AfterFirstPaint>
            <div className="shell-grid">
              {/* A press counts as the user's choice before its click does (holdCurrentStep): the bar may move
                  down under the pointer while the page settles, and the click is then lost. */}
              <nav aria-label={t('tutorialSteps')} aria-busy={checkingSaved} onPointerDown={holdCurrentStep}>
                {/* Every click opens its step, the open one included: a click on the step on screen counts as the
                    user's choice, so the reconciliation on load, answering a moment later, does not move them away
                    from it (reconcile.tsx). */}
                <StepsBar
                  current={current}
                  onOpen={setCurrentStep}
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
                {/* Until the saved progress is checked, the states above are the saved ones, not yet the cloud's.
                    The line keeps its height when empty: the page must not move under a click in flight. */}
                <p role="status" className="shell-checking">
                  {checkingSaved ? t('checkingSaved') : null}
                </p>
              </nav>
              <div>
                <Suspense fallback={<p role="status">{t('loading')}</p>}>
                  <CloudGate notice>
                    {Current ? <Current /> : null}
                    <AfterFirstPaint>
                      <StepPlanPanel step={current + 1} />
                    </AfterFirstPaint>
                  </CloudGate>
                </Suspense>
              </div>
            </div>
            <AfterFirstPaint>
              <CloudGate>
                <FeatureTabs />
              </CloudGate>
            </AfterFirstPaint>
          </>
        ) : (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <TrainingPage route={route} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
