// Training mode: a page that has not joined has no sandbox, and the BFF refuses its cloud reads (409
// TrainingNotJoined, README "Training a class"). The parts of the console that read the cloud (the steps, the
// reconciliation on load, the panels) mount behind this gate, so they send nothing until there is a sandbox to read:
// at once outside training mode, in training mode once GET /api/training/session says this browser joined. An
// unreachable BFF opens it too, so the steps say what failed. main.tsx loads it with the step on screen.
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { trainingQueries } from './training-api';
import { useTrainingText } from './training-text';

export type CloudAccess = 'unknown' | 'open' | 'not-joined';

/**
 * Whether this page may read the cloud. Once known it stays while the session is read again (a reset or a switch of
 * scenario resets every query): the steps stay mounted through it instead of blinking out.
 */
export function useCloudAccess(): CloudAccess {
  const health = useQuery(trainingQueries.health());
  const training = health.data?.training === true;
  const session = useQuery({ ...trainingQueries.session(), enabled: training });
  const now: CloudAccess = health.isPending
    ? 'unknown'
    : !training || session.isError || session.data
      ? 'open'
      : session.data === null
        ? 'not-joined'
        : 'unknown';
  const [known, setKnown] = useState<CloudAccess>('unknown');
  if (now !== 'unknown' && now !== known) setKnown(now);
  return now === 'unknown' ? known : now;
}

/** `notice`: while not joined, say where to join (the step area); elsewhere nothing shows. */
export function CloudGate({ children, notice = false }: { children: ReactNode; notice?: boolean }) {
  const access = useCloudAccess();
  if (access === 'open') return children;
  return access === 'not-joined' && notice ? <JoinFirst /> : null;
}

/** What the step area says while the page has not joined: the join form is in the dock above. */
function JoinFirst() {
  const { tt } = useTrainingText();
  return <p role="status">{tt('join.first')}</p>;
}
