// The guided teardown's screen, for either edition (teardown-view.tsx picks one and computes its preview): the plan
// preview, the notes on what stays (a prepaid package, the transit-router service), a confirmation before anything
// is sent, the run with polling, and resuming after a reload from the teardown's record (teardown-store.ts) — the
// runner re-reads the cloud, so it only does what remains.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal } from 'antd';
import { useState } from 'react';
import { remainingCalls } from '../../domain/plan/plan-runner';
import type { Plan } from '../../domain/plan/plan-types';
import { callNamedAction } from '../api/client';
import { POLL_MS } from '../api/cen';
import type { EditionName } from '../api/edition';
import { clientTokenFor, progressStore } from '../state/progress-store';
import { ErrorPanel } from '../components/error-panel';
import { useFeatureText } from '../i18n/feature-text';
import { PlanCallList } from '../plan/plan-call-list';
import { teardownRun, useTeardownRun, type Phase } from './teardown-run-store';
import type { RunEvent, RunnerEnv, RunResult } from './teardown-runner';
import { clearTeardown, saveTeardown, type TeardownRecord } from './teardown-store';
import { TEARDOWN_TEXT } from './teardown-text';

/** What differs between the editions: the plan, how the run reads the cloud, and the words around them. */
export interface TeardownFlavour {
  edition: EditionName;
  /** The plan from the shared queries (the preview); the run's own plan replaces it once it starts. */
  previewPlan: Plan;
  loaded: boolean;
  /** The run's CEN: the record's once started (it outlives a progress reset), else the progress's. */
  cenId: string | undefined;
  /** Runs the edition's teardown from fresh reads of what the record names. */
  execute: (record: TeardownRecord, env: RunnerEnv) => Promise<RunResult>;
  intro: string;
  /** Shown first, as warnings: what the teardown cannot remove. */
  notes: { testId: string; text: string }[];
  confirmBody: (plan: Plan) => string;
  complete: string;
  /** What to do about a refusal, when the edition knows better than the code's general hint. */
  hintFor?: (error: unknown) => string | undefined;
}

export function TeardownPanel({
  flavour,
  record,
  setRecord,
}: {
  flavour: TeardownFlavour;
  record: TeardownRecord | undefined;
  setRecord: (record: TeardownRecord | undefined) => void;
}) {
  const t = useFeatureText(TEARDOWN_TEXT);
  const client = useQueryClient();
  const { phase, livePlan, log, abort } = useTeardownRun();
  const [confirming, setConfirming] = useState(false);
  const { cenId } = flavour;
  const plan = livePlan ?? flavour.previewPlan;
  const unfinished = record && !record.finishedAt && phase.kind !== 'running' && phase.kind !== 'complete';

  const setPhase = (next: Phase) => teardownRun.set({ phase: next });
  const note = (line: string) => teardownRun.note(line);
  const onEvent = (e: RunEvent) => {
    if (e.kind === 'plan') teardownRun.set({ livePlan: e.plan });
    else if (e.kind === 'send') note(t('sending', { action: e.call.key, account: e.call.account }));
    else if (e.kind === 'sent') note(t('sent', { action: e.call.key }));
    else note(t('polling', { action: e.call.key, observed: e.observed }));
  };

  const run = async (rec: TeardownRecord) => {
    const controller = new AbortController();
    teardownRun.set({ abort: controller, phase: { kind: 'running' } });
    try {
      const result = await flavour.execute(rec, {
        post: (req) => callNamedAction(req.action, req.body, controller.signal),
        tokenFor: clientTokenFor,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        now: () => Date.now(),
        pollMs: POLL_MS,
        onEvent,
        signal: controller.signal,
      });
      if (result.kind === 'complete') {
        const done = { ...rec, finishedAt: Date.now() };
        saveTeardown(done);
        setRecord(done);
        setPhase({ kind: 'complete' });
      } else setPhase({ kind: 'blocked', reason: result.reason });
    } catch (error) {
      if (controller.signal.aborted) setPhase({ kind: 'stopped' });
      else setPhase({ kind: 'failed', error });
    } finally {
      teardownRun.set({ abort: undefined });
      void client.invalidateQueries();
    }
  };

  const start = () => {
    if (!cenId) return;
    const progress = progressStore.get();
    const rec: TeardownRecord = {
      cenId,
      edition: flavour.edition,
      ...(progress.network ? { network: progress.network } : {}),
      ...(progress.ownNetwork ? { ownNetwork: progress.ownNetwork } : {}),
      ...(progress.bandwidthPackageId ? { bandwidthPackageId: progress.bandwidthPackageId } : {}),
      startedAt: Date.now(),
    };
    saveTeardown(rec);
    // The steps resume their own writes from the progress (step 4 associates a bought package, step 1 attaches
    // A's network): left pointing at the CEN, a reload mid-teardown would re-associate what was just
    // unassociated. The record keeps the IDs; the tutorial starts afresh.
    progressStore.update((p) => {
      const { cenId: _c, network: _n, ownNetwork: _o, bandwidthPackageId: _b, ...rest } = p;
      return { ...rest, current: 0, steps: {} };
    });
    setRecord(rec);
    setConfirming(false);
    void run(rec);
  };

  const startOver = () => {
    clearTeardown();
    progressStore.reset();
    setRecord(undefined);
    teardownRun.reset();
    void client.invalidateQueries();
  };

  const remaining = remainingCalls(plan);

  return (
    <section aria-labelledby="teardown-title" data-testid="teardown-view" data-phase={phase.kind}>
      <h2 id="teardown-title">{t('title')}</h2>
      <p>{flavour.intro}</p>
      {flavour.notes.map((n) => (
        <Alert key={n.testId} type="warning" showIcon role="note" title={n.text} data-testid={n.testId} />
      ))}
      {plan.warnings.map((w) => (
        <p
          key={`${w.code}:${w.resourceId ?? ''}`}
          className="plan-warning"
          role="note"
          data-testid="teardown-warning"
        >
          {w.message}
        </p>
      ))}

      {!cenId ? <p>{t('nothing')}</p> : null}

      {unfinished ? (
        <div role="status" data-testid="teardown-resume" style={{ margin: '12px 0' }}>
          <p>{t('resumeNotice', { cen: record.cenId, time: new Date(record.startedAt).toLocaleString() })}</p>
          <Button type="primary" onClick={() => void run(record)}>
            {t('resume')}
          </Button>
        </div>
      ) : null}

      {cenId && !record && phase.kind === 'idle' ? (
        <Button
          danger
          type="primary"
          onClick={() => setConfirming(true)}
          disabled={!flavour.loaded}
          style={{ margin: '12px 0' }}
        >
          {t('start')}
        </Button>
      ) : null}

      {phase.kind === 'running' ? (
        <div style={{ margin: '12px 0' }}>
          <p role="status">{t('running')}</p>
          <Button onClick={() => abort?.abort()}>{t('stop')}</Button>
        </div>
      ) : null}
      {phase.kind === 'complete' ? (
        <div style={{ margin: '12px 0' }}>
          <Alert
            type="success"
            showIcon
            role="status"
            title={flavour.complete}
            data-testid="teardown-complete"
          />
          <Button onClick={startOver} style={{ marginTop: 8 }}>
            {t('clearProgress')}
          </Button>
        </div>
      ) : null}
      {phase.kind === 'blocked' ? (
        <Alert type="error" role="alert" showIcon title={t('blocked', { reason: phase.reason })} />
      ) : null}
      {phase.kind === 'stopped' ? <p role="status">{t('stopped')}</p> : null}
      {phase.kind === 'failed' ? (
        <ErrorPanel
          error={phase.error}
          hint={flavour.hintFor?.(phase.error)}
          onRetry={() => record && void run(record)}
        />
      ) : null}

      {cenId ? (
        <>
          <h3>{t('planTitle')}</h3>
          {!flavour.loaded && !livePlan ? <p role="status">{t('loading')}</p> : null}
          <PlanCallList calls={remaining} all={plan.calls} />
        </>
      ) : null}

      {log.length > 0 ? (
        <>
          <h3>{t('log')}</h3>
          <ol aria-live="polite" data-testid="teardown-log">
            {log.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </>
      ) : null}

      {/* Mounted only while asking: once opened, a closed Modal's portal sets its state after every render, and a
          run re-renders the panel at each of its many log lines, until React stops it as an update loop. */}
      {confirming ? (
        <Modal
          open
          title={t('confirmTitle', { cen: cenId ?? '' })}
          okText={t('confirmOk')}
          cancelText={t('cancel')}
          okButtonProps={{ danger: true }}
          onOk={start}
          onCancel={() => setConfirming(false)}
        >
          <p>{flavour.confirmBody(plan)}</p>
          {flavour.notes.map((n) => (
            <p key={n.testId}>{n.text}</p>
          ))}
        </Modal>
      ) : null}
    </section>
  );
}
