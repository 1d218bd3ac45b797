// The training and demo tools above the tutorial, mounted lazily by the shell: the demo presenter's
// speed and reset (mock cloud, with or without training mode), the trainee's scenario and hints (training mode
// only, as GET /api/health says), "What the cloud sees" in a side drawer, and the way to the debrief.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Drawer, Flex } from 'antd';
import { useState } from 'react';
import { useCloudAccess } from './cloud-gate';
import { CloudView } from './cloud-view';
import { DemoControls } from './demo-controls';
import { goTo } from './hash-route';
import { trainingQueries } from './training-api';
import { TrainingPanel } from './training-panel';
import { useTrainingText } from './training-text';
import './training.css';

export function TrainingDock() {
  const { tt } = useTrainingText();
  const health = useQuery(trainingQueries.health());
  const training = health.data?.training === true;
  const session = useQuery({ ...trainingQueries.session(), enabled: training });
  const access = useCloudAccess();
  const [cloudOpen, setCloudOpen] = useState(false);
  // Live cloud: no mock to speed up, no sandbox to look into; an unreachable BFF is reported by the steps.
  if (health.data?.cloud !== 'mock' || access === 'unknown') return null;
  // Training, not joined yet: the join form only (no sandbox to speed up, reset or look into).
  if (access === 'not-joined')
    return (
      <Card className="training-dock" size="small" role="region" aria-label={tt('dock.label')}>
        <TrainingPanel onDebrief={() => goTo('debrief')} />
      </Card>
    );
  return (
    <Card className="training-dock" size="small" role="region" aria-label={tt('dock.label')}>
      <Flex vertical gap="middle">
        {training ? <TrainingPanel onDebrief={() => goTo('debrief')} /> : null}
        <Flex wrap gap="middle" align="start" justify="space-between">
          <DemoControls
            scenario={training ? session.data?.scenario : undefined}
            sandboxId={training ? session.data?.sandboxId : undefined}
            chooseWorld={!training}
          />
          <Flex wrap gap="small">
            <Button onClick={() => setCloudOpen(true)}>{tt('cloud.open')}</Button>
            {training ? <Button onClick={() => goTo('debrief')}>{tt('debrief.open')}</Button> : null}
          </Flex>
        </Flex>
      </Flex>
      <Drawer
        title={tt('cloud.title')}
        open={cloudOpen}
        onClose={() => setCloudOpen(false)}
        size="large"
        destroyOnHidden
      >
        <CloudView />
      </Drawer>
    </Card>
  );
}
