// The app's language: antd's locale plus our strings, English and Chinese. Kept in localStorage.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { fillPlaceholders } from '../../domain/fill-placeholders';
import type { Locale } from '../../domain/regions';
import { en, zh, type MessageKey } from './messages';

const STORAGE_KEY = 'cen-connect.locale';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** An app string, with {name} placeholders filled in. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  return 'en';
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dict = locale === 'zh' ? zh : en;
    return {
      locale,
      setLocale,
      t: (key, vars) => fillPlaceholders(dict[key], vars),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs <I18nProvider>.');
  return value;
}
