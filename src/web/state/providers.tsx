// App-wide providers: TanStack Query (the one data-fetching system), antd's ConfigProvider with the locale that
// matches the app's language and no motion for a user who asked for less (use-reduced-motion.ts), and the app's i18n.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import LoadingOutlined from '@ant-design/icons/LoadingOutlined';
import { ConfigProvider } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../domain/regions';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { usePrefersReducedMotion } from './use-reduced-motion';

/** How long a read is reused before a newly mounted view reads it again (see makeQueryClient). */
export const FRESH_MS = 60_000;

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Writes are never retried blindly; reads retry twice (the BFF already retries throttling,
      // docs/reference/cen-api.md §3). Data stays fresh for a minute (bench row (f): cloud calls per full run): a
      // step or panel that mounts reads the cache instead of calling the cloud again for what another step read
      // seconds ago. Statuses still move because transitional ones are polled (refetchInterval ignores staleTime),
      // every write invalidates what it changes, and a page load reads everything afresh (app/reconcile.tsx).
      queries: { retry: 2, refetchOnWindowFocus: false, staleTime: FRESH_MS },
      mutations: { retry: false },
    },
  });
}

// Larger type for projectors, and secondary text dark enough for WCAG AA contrast on the grey page
// (antd's default 45 % black fails axe's color-contrast rule on #f5f5f5).
const THEME = {
  token: {
    fontSize: 15,
    colorTextDescription: 'rgba(0, 0, 0, 0.66)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.66)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    // White on antd's default #1677ff is 4.1:1; one shade darker passes AA.
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    // antd's #ff4d4f error text is 3.3:1 on white.
    colorError: '#cf1322',
  },
};

// A fixed loading icon for every Button. antd's default icon grows and shrinks through an rc-motion CSS transition;
// when the transition's end event never comes (a busy machine, an answer back within the same frames — the bug
// class of ant-design#27457), the spinner stays after `loading` went false: the button keeps spinning and its
// accessible name stays "loading Attach network" although it works again. That stranded step 3 and step 5 after a
// refused write (the fault drills). A custom icon is rendered only while loading, with no leave motion.
const BUTTON = { loadingIcon: <LoadingOutlined /> };

// en_US is antd's built-in default (already in the bundle); zh_CN is fetched only when someone picks Chinese.
// A locale is always passed: ConfigProvider wraps its children in a LocaleProvider only when `locale` is set, so
// going from no locale to zh_CN would remount the whole app and wipe half-filled forms.
function AntdLocaleProvider({
  children,
  preloadedZh,
}: {
  children: ReactNode;
  preloadedZh?: AntdLocale | undefined;
}) {
  const { locale } = useI18n();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(
    () => (reducedMotion ? { ...THEME, token: { ...THEME.token, motion: false } } : THEME),
    [reducedMotion],
  );
  const [zhCN, setZhCN] = useState<AntdLocale | undefined>(preloadedZh);
  useEffect(() => {
    if (locale !== 'zh' || zhCN) return;
    let live = true;
    void import('antd/es/locale/zh_CN').then((m) => {
      if (live) setZhCN(m.default);
    });
    return () => {
      live = false;
    };
  }, [locale, zhCN]);
  return (
    <ConfigProvider locale={locale === 'zh' && zhCN ? zhCN : enUS} theme={theme} button={BUTTON}>
      {children}
    </ConfigProvider>
  );
}

export function Providers({
  children,
  queryClient,
  locale,
  preloadedZh,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  locale?: Locale;
  /** Tests pass antd's zh_CN up front, so no dynamic import is still loading when a test ends. */
  preloadedZh?: AntdLocale;
}) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider {...(locale ? { locale } : {})}>
        <AntdLocaleProvider preloadedZh={preloadedZh}>{children}</AntdLocaleProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
