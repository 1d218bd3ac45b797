// Existing resources can be adopted at every step: pick one of Account A's CEN instances instead of
// creating a new one, so the console can finish a setup someone started elsewhere.
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Select } from 'antd';
import { useState } from 'react';
import { cenQueries } from '../../api/cen';
import { useI18n } from '../../i18n/i18n';
import { progressStore } from '../../state/progress-store';

export function AdoptCen() {
  const { t } = useI18n();
  const cens = useQuery(cenQueries.list());
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  if (!cens.data || cens.data.length === 0) return null;
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
              virtual={false}
              options={cens.data.map((c) => ({
                value: c.CenId,
                label: `${c.Name ?? c.CenId} (${c.CenId}) · ${c.Status}`,
              }))}
            />
            <Button disabled={!chosen} onClick={() => progressStore.update((p) => ({ ...p, cenId: chosen }))}>
              {t('useThisCen')}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
    </section>
  );
}
