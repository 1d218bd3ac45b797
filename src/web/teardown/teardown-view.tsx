// The guided teardown: its own plan preview (planTeardown from the same queries), the
// prepaid-package warning, a confirmation before anything is sent, the run with polling, and resuming after a
// reload from the teardown's record (teardown-store.ts) — the runner re-reads the cloud, so it only does what remains.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { planTeardown } from '../../domain/plan/teardown-plan';
import { remainingCalls } from '../../domain/plan/plan-runner';
import { callNamedAction } from '../api/client';
import { POLL_MS } from '../api/cen';
import { clientTokenFor, progressStore } from '../state/progress-store';
import { ErrorPanel } from '../components/error-panel';
import { useCloudSnapshot } from '../state/cloud-snapshot';
import { useFeatureText } from '../i18n/feature-text';
import { PlanCallList } from '../plan/plan-call-list';
import { readTeardownInput } from './read-teardown-input';
import { teardownInputFrom } from './teardown-input-from';
import { teardownRun, useTeardownRun, type Phase } from './teardown-run-store';
import { runTeardown, type RunEvent } from './teardown-runner';
import { clearTeardown, loadTeardown, saveTeardown, type TeardownRecord } from './teardown-store';
import { TEARDOWN_TEXT } from './teardown-text';

export function TeardownView() {
  const t = useFeatureText(TEARDOWN_TEXT);
  const client = useQueryClient();
  const [record, setRecord] = useState<TeardownRecord | undefined>(() => loadTeardown());
  // Once started, the teardown reads what its record names: the progress no longer points at the CEN (see start).
  const snapshot = useCloudSnapshot(record && !record.finishedAt ? record : undefined);
  const { phase, livePlan, log, abort } = useTeardownRun();
  const [confirming, setConfirming] = useState(false);

  // The run's CEN: the record's once started (it outlives a progress reset), else the progress's.
  const cenId = record?.cenId ?? snapshot.cenId;
  const previewPlan = useMemo(
    () =>
      planTeardown(
        teardownInputFrom({
          ...snapshot,
          cenId,
          network: record?.network ?? snapshot.network,
          bandwidthPackageId: record?.bandwidthPackageId ?? snapshot.bandwidthPackageId,
          // While the CEN is still loading, show the CEN as it was; null means DescribeCens no longer lists it.
          cen: snapshot.cen,
        }),
      ),
    [snapshot, cenId, record],
  );
  const plan = livePlan ?? previewPlan;
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
      const result = await runTeardown({
        readInput: () => readTeardownInput(client, rec),
        plan: planTeardown,
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
  const detachCount = plan.calls.filter((c) => c.action === 'DetachCenChildInstance').length;

  return (
    <section aria-labelledby="teardown-title" data-testid="teardown-view" data-phase={phase.kind}>
      <h2 id="teardown-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <Alert
        type="warning"
        showIcon
        role="note"
        title={t('prepaid')}
        data-testid="teardown-prepaid-warning"
      />
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
          disabled={!snapshot.loaded}
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
            title={t('complete')}
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
        <ErrorPanel error={phase.error} onRetry={() => record && void run(record)} />
      ) : null}

      {cenId ? (
        <>
          <h3>{t('planTitle')}</h3>
          {!snapshot.loaded && !livePlan ? <p role="status">{t('loading')}</p> : null}
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

      <Modal
        open={confirming}
        title={t('confirmTitle', { cen: cenId ?? '' })}
        okText={t('confirmOk')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true }}
        onOk={start}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('confirmBody', { cen: cenId ?? '', n: detachCount })}</p>
        <p>{t('prepaid')}</p>
      </Modal>
    </section>
  );
}
