// Shared by the web's component tests: render inside the real providers with a fresh QueryClient and an empty
// progress store, so one test's state never leaks into the next.
import { render, type RenderResult } from '@testing-library/react';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactElement } from 'react';
import type { Locale } from '../../domain/regions';
import { makeQueryClient, Providers } from '../state/providers';
import { progressStore } from '../state/progress-store';
import { startSavedProgressCheck } from '../state/saved-progress-check';

// antd's TextArea and Select measure themselves with ResizeObserver, which jsdom lacks; nothing here depends on
// real sizes, so a silent stub is enough.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

export function renderWithProviders(ui: ReactElement, { locale }: { locale?: Locale } = {}): RenderResult {
  const queryClient = makeQueryClient();
  queryClient.setDefaultOptions({
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  });
  return render(
    <Providers queryClient={queryClient} preloadedZh={zhCN} {...(locale ? { locale } : {})}>
      {ui}
    </Providers>,
  );
}

export function resetBrowserState(): void {
  localStorage.clear();
  progressStore.reload();
  startSavedProgressCheck();
}

export const DEMO_ACCOUNTS = {
  cloud: 'mock',
  accounts: [
    {
      name: 'A',
      label: 'Account A',
      uid: '1262302482727553',
      mode: 'demo',
      accessKeyId: 'LTAI****0001',
      signatureStyle: 'v3',
    },
    {
      name: 'B',
      label: 'Account B',
      uid: '9263584710374521',
      mode: 'demo',
      accessKeyId: 'LTAI****0002',
      signatureStyle: 'v3',
    },
  ],
} as const;
