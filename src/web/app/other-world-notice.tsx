// Saved progress of another world of the mock cloud (world-check.ts): said plainly, with the saved IDs, and one way
// on — start over in the cloud running now. Nothing of it is matched with this world's resources meanwhile.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useSandboxChanged } from '../training/sandbox-changed';

export function OtherWorldNotice({ ids, onStartOver }: { ids: string[]; onStartOver: () => void }) {
  const { t } = useI18n();
  // Forgets the progress and every cached read of the old world, as a switch of sandbox does.
  const forget = useSandboxChanged();
  const [busy, setBusy] = useState(false);
  const startOver = async () => {
    setBusy(true);
    try {
      await forget();
    } finally {
      onStartOver();
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="other-world"
      title={t('otherWorldTitle')}
      description={t('otherWorldBody', { ids: ids.join(', ') })}
      action={
        <Button size="small" loading={busy} onClick={() => void startOver()}>
          {t('startOver')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
