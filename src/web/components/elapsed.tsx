// "In progress, 12 s": a ticking count from an epoch-ms start, so a long asynchronous wait looks alive.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';

export function Elapsed({ since }: { since: number }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  return <span aria-live="off">{t('elapsed', { s: seconds })}</span>;
}
