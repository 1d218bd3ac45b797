// Existing resources can be adopted at every step: pick one of Account A's CEN instances instead of
// creating a new one, so the console can finish a setup someone started elsewhere. A CEN keeps its edition: its
// transit routers' Type (ListTransitRouters, docs/reference/enterprise-edition.md §2 step 2) decides the path the
// journey takes from here, on both editions' screens; a CEN without routers keeps the edition step 1 chose.
// The list is read when the user goes to the picker (focus or open), not on every page load: a run that creates its
// CEN never needs it (bench/README.md (f), cloud calls per full run), and a user who adopts opens the list anyway.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Select } from 'antd';
import { useState } from 'react';
import { cenQueries } from '../../api/cen';
import { editionOfRouters } from '../../api/edition';
import { transitQueries } from '../../api/transit-routers';
import { ErrorPanel } from '../../components/error-panel';
import { useI18n } from '../../i18n/i18n';
import { progressStore } from '../../state/progress-store';

export function AdoptCen() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [wanted, setWanted] = useState(false);
  const cens = useQuery({ ...cenQueries.list(), enabled: wanted });
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const adopt = useMutation({
    mutationFn: async (cenId: string) => {
      const routers = await queryClient.fetchQuery(transitQueries.routers(cenId));
      return { cenId, edition: editionOfRouters(routers) };
    },
    onSuccess: ({ cenId, edition }) =>
      progressStore.update((p) => ({
        ...p,
        cenId,
        ...(edition ? { edition: { name: edition, reason: 'routers' as const } } : {}),
      })),
  });
  return (
    <section style={{ marginTop: 24 }}>
      <Form layout="vertical" component={false}>
        <Form.Item label={t('adoptCen')} htmlFor="adopt-cen">
          <Flex gap="small" wrap>
            <Select
              id="adopt-cen"
              style={{ minWidth: 320, flex: 1 }}
              value={chosen}
              onChange={setChosen}
              onFocus={() => setWanted(true)}
              onOpenChange={(open) => open && setWanted(true)}
              loading={cens.isFetching}
              notFoundContent={cens.isFetching ? t('loading') : t('noCensToAdopt')}
              virtual={false}
              options={(cens.data ?? []).map((c) => ({
                value: c.CenId,
                label: `${c.Name ?? c.CenId} (${c.CenId}) · ${c.Status}`,
              }))}
            />
            <Button
              disabled={!chosen}
              loading={adopt.isPending}
              onClick={() => chosen && adopt.mutate(chosen)}
            >
              {t('useThisCen')}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
      {cens.isError ? <ErrorPanel error={cens.error} onRetry={() => void cens.refetch()} /> : null}
      {adopt.isError ? <ErrorPanel error={adopt.error} /> : null}
    </section>
  );
}
