// On load, the saved progress is checked against the cloud (issue 5 "Never lose progress"): each step's state is
// recomputed from Describe* calls, and the console opens the first step that is not done yet. Loaded lazily (it
// brings the OpenAPI client), renders nothing.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { accountByName, accountQueries } from '../api/accounts';
import { isAssociatedWith, limitQueries, packageQueries } from '../api/bandwidth';
import { cenQueries } from '../api/cen';
import { attachmentQueries, grantQueries } from '../api/networks';
import { progressSchema } from './progress-schema';
import { progressStore, setCurrentStep, setStepState, useProgress, type StepState } from './progress-store';

/**
 * The full zod check of what the shell read from localStorage (progress-store.ts reads only an outline); called
 * once when this lazy module is loaded, before <Reconcile> renders (app.tsx).
 */
export function checkSavedProgress(): void {
  if (!progressSchema.safeParse(progressStore.get()).success) progressStore.replace(undefined);
}

export function Reconcile() {
  const cenId = useProgress((p) => p.cenId) ?? '';
  const network = useProgress((p) => p.network);
  const enabled = Boolean(cenId);
  const accounts = useQuery(accountQueries.all());
  const uidB = accountByName(accounts.data, 'B')?.uid;
  const cen = useQuery({ ...cenQueries.detail(cenId), enabled });
  const grants = useQuery({
    ...grantQueries.ofNetwork(network?.regionId ?? '', network?.instanceId ?? '', network?.type ?? 'VPC'),
    enabled: enabled && Boolean(network),
  });
  const attachments = useQuery({ ...attachmentQueries.ofCen(cenId), enabled });
  const packages = useQuery({ ...packageQueries.ofCen(cenId), enabled });
  const limits = useQuery({ ...limitQueries.ofCen(cenId), enabled });

  const settled =
    !enabled ||
    (cen.isFetched &&
      (!network || grants.isFetched) &&
      attachments.isFetched &&
      packages.isFetched &&
      limits.isFetched &&
      accounts.isFetched);

  const done = useRef(false);
  // The step open when the page loaded. A user who opens another step while the reads are on their way has
  // chosen where to be; the reconciliation then updates the states but does not pull them away (seen as a
  // jump from step 5 to step 6 in the preflight spec when step 1 finished before the reads did).
  const openedAtLoad = useRef(progressStore.get().current);
  useEffect(() => {
    if (!settled || done.current) return;
    done.current = true;
    if (!enabled) return;
    const previous = progressStore.get().steps;
    const keep = (step: number, fallback: StepState): StepState => {
      const saved = previous[String(step)];
      // An error the user has not retried yet stays visible; everything else follows the cloud.
      return saved?.status === 'error' && fallback.status !== 'finish' ? saved : fallback;
    };
    const wait: StepState = { status: 'wait' };
    const changing = (step: number): StepState => ({
      status: 'process',
      since: previous[String(step)]?.since ?? Date.now(),
    });

    const step1: StepState =
      cen.data === null
        ? { status: 'error', reason: 'InvalidCenInstanceId.NotFound' }
        : cen.data?.Status === 'Active'
          ? { status: 'finish' }
          : changing(1);
    const granted = Boolean(grants.data?.some((rule) => rule.CenInstanceId === cenId));
    const bChildren = (attachments.data ?? []).filter((c) => c.ChildInstanceOwnerId === uidB);
    const step2: StepState = granted || bChildren.length > 0 ? { status: 'finish' } : wait;
    const step3: StepState = bChildren.some((c) => c.Status === 'Attached')
      ? { status: 'finish' }
      : bChildren.length > 0
        ? changing(3)
        : wait;
    const associated = (packages.data ?? []).find((p) => isAssociatedWith(p, cenId));
    if (associated)
      progressStore.update((p) => ({ ...p, bandwidthPackageId: associated.CenBandwidthPackageId }));
    const step4: StepState = associated
      ? { status: 'finish' }
      : previous['4']?.status === 'process'
        ? changing(4)
        : wait;
    const active = (limits.data ?? []).some((l) => l.Status === 'Active' && l.BandwidthLimit > 0);
    const step5: StepState = active
      ? { status: 'finish' }
      : (limits.data ?? []).length > 0
        ? changing(5)
        : wait;

    const states = [step1, step2, step3, step4, step5].map((s, i) => keep(i + 1, s));
    states.forEach((s, i) => setStepState((i + 1) as 1 | 2 | 3 | 4 | 5, s));
    const firstOpen = states.findIndex((s) => s.status !== 'finish');
    if (progressStore.get().current === openedAtLoad.current)
      setCurrentStep(firstOpen === -1 ? 5 : firstOpen);
  }, [settled, enabled, cen.data, grants.data, attachments.data, packages.data, limits.data, uidB, cenId]);

  return null;
}
