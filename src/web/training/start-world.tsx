// "Start from": outside training mode, the presenter or a newcomer chooses the world the mock cloud starts from —
// the tutorial's (Basic Edition allowed) or accounts opened today, which only get Enterprise Edition
// (docs/reference/enterprise-edition.md §1) — among the mock's own seeds (GET /api/mock/scenarios, mocks/control-api.ts),
// then POST /api/mock/reset { scenario } and the console's progress is cleared as by the reset beside it.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Popconfirm, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { ErrorPanel } from '../components/error-panel';
import { useSandboxChanged } from './sandbox-changed';
import { resetCloud, trainingQueries } from './training-api';
import { useStartWorldText, type StartWorldKey } from './start-world-text';

/** The default world: the mock's reset without a name (mocks/control-api.ts). */
export const DEFAULT_WORLD = 'demo';

interface World {
  name: string;
  rank: number;
  label: [StartWorldKey, Record<string, number>?];
  explain: [StartWorldKey, Record<string, number>?];
}

/** The seeds a newcomer is offered, named in both languages; others (drills, big-tenant) are training's. */
export function worldOf(name: string): World | undefined {
  if (name === 'demo') return { name, rank: 0, label: ['world.demo'], explain: ['world.demoExplain'] };
  if (name === 'enterprise-edition')
    return { name, rank: 1, label: ['world.enterprise-edition'], explain: ['world.enterpriseExplain'] };
  const after = /^(enterprise-)?after-step-([1-9])$/.exec(name);
  if (!after) return undefined;
  const n = Number(after[2]);
  return after[1]
    ? {
        name,
        rank: 20 + n,
        label: ['world.enterpriseAfterStep', { n }],
        explain: ['world.enterpriseAfterStepExplain', { n }],
      }
    : { name, rank: 10 + n, label: ['world.afterStep', { n }], explain: ['world.afterStepExplain', { n }] };
}

export function StartWorld() {
  const wt = useStartWorldText();
  const id = useId();
  const catalogue = useQuery(trainingQueries.scenarios());
  const sandboxChanged = useSandboxChanged();
  const [chosen, setChosen] = useState(DEFAULT_WORLD);
  const [notice, setNotice] = useState('');
  const worlds = (catalogue.data?.seeds ?? [])
    .map((s) => worldOf(s.name))
    .filter((w): w is World => w !== undefined)
    .sort((a, b) => a.rank - b.rank);
  const world = worlds.find((w) => w.name === chosen);
  const label = (w: World) => wt(...w.label);
  const start = useMutation({
    mutationFn: (w: World) => resetCloud(w.name),
    onSuccess: async (_, w) => {
      await sandboxChanged();
      setNotice(wt('world.done', { world: label(w) }));
    },
  });

  if (catalogue.isError)
    return <ErrorPanel error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  return (
    <Flex vertical gap="small" style={{ maxWidth: 640 }}>
      <Form layout="vertical" component={false}>
        <Form.Item
          label={wt('world.label')}
          htmlFor={id}
          extra={wt('world.help')}
          style={{ marginBottom: 0 }}
        >
          <Flex gap="small" wrap>
            <Select
              id={id}
              style={{ minWidth: 320, flex: 1 }}
              loading={catalogue.isPending}
              value={world ? chosen : undefined}
              onChange={setChosen}
              virtual={false}
              options={worlds.map((w) => ({ value: w.name, label: label(w) }))}
            />
            <Popconfirm
              title={world ? wt('world.confirm', { world: label(world) }) : ''}
              okText={wt('world.ok')}
              cancelText={wt('world.cancel')}
              onConfirm={() => world && start.mutate(world)}
            >
              <Button disabled={!world} loading={start.isPending}>
                {wt('world.start')}
              </Button>
            </Popconfirm>
          </Flex>
        </Form.Item>
      </Form>
      {world ? <Typography.Text data-testid="world-explain">{wt(...world.explain)}</Typography.Text> : null}
      <div role="status" aria-live="polite">
        {notice}
      </div>
      {start.error ? <ErrorPanel error={start.error} /> : null}
    </Flex>
  );
}
