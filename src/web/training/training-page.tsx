// The pages behind #/trainer and #/debrief (hash-route.ts), one lazy chunk with the views they show.
import { DebriefView } from './debrief-view';
import { goTo, type HashRoute } from './hash-route';
import { TrainerView } from './trainer-view';

export function TrainingPage({ route }: { route: Exclude<HashRoute, 'console'> }) {
  const back = () => goTo('console');
  return route === 'trainer' ? <TrainerView onBack={back} /> : <DebriefView onBack={back} />;
}
