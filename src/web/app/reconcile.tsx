// On load, the saved progress is checked against the cloud, so no progress is lost: each step's state is
// recomputed from Describe* calls, and the console opens the first step that is not done yet. In mock mode the
// progress must first be of the world running now (world-check.ts): a restarted or reset mock may hand out the same
// IDs for other resources, so progress of another world is explained and never matched. Loaded lazily (it brings
// the OpenAPI client); renders nothing unless the progress is of another world. An Enterprise-Edition journey is
// checked against its own resources (reconcile-enterprise.tsx).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { accountByName, accountQueries } from '../api/accounts';
import { isAssociatedWith, limitQueries, packageQueries } from '../api/bandwidth';
import { cenQueries } from '../api/cen';
import { worldQueries } from '../api/mock-world';
import { attachmentQueries, grantQueries } from '../api/networks';
import { progressSchema } from '../state/progress-schema';
import {
  progressStore,
  proposeCurrentStep,
  setStepState,
  useProgress,
  type NetworkRef,
  type StepState,
} from '../state/progress-store';
import { endSavedProgressCheck } from '../state/saved-progress-check';
import { OtherWorldNotice } from './other-world-notice';
import { ReconcileEnterprise } from './reconcile-enterprise';
import { savedIds, worldVerdict, type WorldVerdict } from './world-check';

/**
 * The full zod check of what the shell read from localStorage (progress-store.ts reads only an outline); called
 * once when this lazy module is loaded, before <Reconcile> renders (app.tsx).
 */
export function checkSavedProgress(): void {
  if (!progressSchema.safeParse(progressStore.get()).success) progressStore.replace(undefined);
}

/**
 * Only the progress saved before this page load is checked, once: a CEN created or a network handed over later in
 * this session is followed by the steps themselves. Watching the live store here made every step's first write start
 * four more reads (bench row (f): cloud calls per full run), and kept them mounted and polling for the whole session.
 */
export function Reconcile() {
  const [saved] = useState(() => progressStore.get());
  const [finished, setFinished] = useState(false);
  /** The world was unknown and the saved CEN is not in the cloud: of another world too. */
  const [gone, setGone] = useState(false);
  const [startedOver, setStartedOver] = useState(false);
  const accounts = useQuery(accountQueries.all());
  const mode = accounts.isPending ? 'pending' : (accounts.data?.cloud ?? 'unknown');
  const world = useQuery({ ...worldQueries.current(), enabled: mode === 'mock' });
  const now = worldVerdict(saved, {
    mode,
    world: world.isError ? null : world.data?.worldId,
  });
  // Decided once: a later read of the world (after a reset in this session) is for the stamp, not the verdict.
  const [decided, setDecided] = useState<WorldVerdict>();
  if (decided === undefined && now.kind !== 'pending') setDecided(now);
  const verdict = decided ?? now;
  // The Steps bar says it may still change until the cloud has answered (app.tsx, saved-progress-check.ts).
  const checking =
    verdict.kind === 'pending' ||
    (Boolean(saved.cenId) && !finished && !startedOver && verdict.kind !== 'other' && !gone);
  useEffect(() => {
    if (!checking) endSavedProgressCheck();
  }, [checking]);

  if (verdict.kind === 'pending') return null;
  if (!startedOver && (verdict.kind === 'other' || gone))
    return <OtherWorldNotice ids={savedIds(saved)} onStartOver={() => setStartedOver(true)} />;
  const accepted =
    verdict.kind === 'same' ||
    verdict.kind === 'nothing-to-lose' ||
    startedOver ||
    (verdict.kind === 'unknown' && (!saved.cenId || finished));
  return (
    <>
      {mode === 'mock' && accepted ? (
        <KeepWorldStamped replace={verdict.kind === 'nothing-to-lose' ? saved.worldId : undefined} />
      ) : null}
      {saved.cenId && !finished && !startedOver && saved.edition?.name === 'Enterprise' ? (
        <ReconcileEnterprise
          saved={{ ...saved, cenId: saved.cenId }}
          goneMeansOtherWorld={verdict.kind === 'unknown'}
          onGone={() => setGone(true)}
          onDone={() => setFinished(true)}
        />
      ) : saved.cenId && !finished && !startedOver ? (
        <ReconcileSaved
          cenId={saved.cenId}
          network={saved.network}
          goneMeansOtherWorld={verdict.kind === 'unknown'}
          onGone={() => setGone(true)}
          onDone={() => setFinished(true)}
        />
      ) : null}
    </>
  );
}

/**
 * Once the progress is this world's, it names the world, and names it again after anything empties it (a reset in
 * the training dock, "Start over"): the next load then knows it at once. `replace`: a world id of progress that held
 * nothing of the cloud, taken over without a word.
 */
function KeepWorldStamped({ replace }: { replace: string | undefined }) {
  const saved = useProgress((p) => p.worldId);
  const world = useQuery(worldQueries.current());
  const current = world.data?.worldId;
  useEffect(() => {
    if (!current || saved === current || (saved !== undefined && saved !== replace)) return;
    progressStore.update((p) =>
      p.worldId === undefined || p.worldId === replace ? { ...p, worldId: current } : p,
    );
  }, [current, saved, replace]);
  return null;
}

function ReconcileSaved({
  cenId,
  network,
  goneMeansOtherWorld,
  onGone,
  onDone,
}: {
  cenId: string;
  network: NetworkRef | undefined;
  /** The world of the progress is unknown: a missing CEN says it is of another world (nothing is changed then). */
  goneMeansOtherWorld: boolean;
  onGone: () => void;
  onDone: () => void;
}) {
  const accounts = useQuery(accountQueries.all());
  const uidB = accountByName(accounts.data, 'B')?.uid;
  const cen = useQuery(cenQueries.detail(cenId));
  const grants = useQuery({
    ...grantQueries.ofNetwork(network?.regionId ?? '', network?.instanceId ?? '', network?.type ?? 'VPC'),
    enabled: Boolean(network),
  });
  const attachments = useQuery(attachmentQueries.ofCen(cenId));
  const packages = useQuery(packageQueries.ofCen(cenId));
  const limits = useQuery(limitQueries.ofCen(cenId));

  const settled =
    cen.isFetched &&
    (!network || grants.isFetched) &&
    attachments.isFetched &&
    packages.isFetched &&
    limits.isFetched &&
    accounts.isFetched;

  const done = useRef(false);
  useEffect(() => {
    if (!settled || done.current) return;
    done.current = true;
    if (goneMeansOtherWorld && cen.data === null) {
      onGone();
      return;
    }
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
    proposeCurrentStep(firstOpen === -1 ? 5 : firstOpen);
    onDone();
  }, [
    settled,
    cen.data,
    grants.data,
    attachments.data,
    packages.data,
    limits.data,
    uidB,
    cenId,
    onDone,
    onGone,
    goneMeansOtherWorld,
  ]);

  return null;
}
