// App-wide providers: TanStack Query (the one data-fetching system), antd's ConfigProvider with the locale that
// matches the app's language, and the app's i18n.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import type { Locale } from '../../domain/regions';
import { I18nProvider, useI18n } from './i18n';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Writes are never retried blindly; reads retry twice (the BFF already retries throttling, cen-api.md §3).
      queries: { retry: 2, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

function AntdLocale({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'zh' ? zhCN : enUS} theme={{ token: { fontSize: 15 } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({
  children,
  queryClient,
  locale,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  locale?: Locale;
}) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider {...(locale ? { locale } : {})}>
        <AntdLocale>{children}</AntdLocale>
      </I18nProvider>
    </QueryClientProvider>
  );
}
