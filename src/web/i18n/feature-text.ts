// The feature tabs (plan, topology, audit, export, teardown) and the diagnosis and training panels keep their words
// next to them instead of in i18n/messages.ts: each feature passes its own en/zh tables, same shape as
// i18n/messages.ts, and this one hook picks the current language and fills the placeholders for all of them.
import { useMemo } from 'react';
import { fillPlaceholders } from '../../domain/fill-placeholders';
import { useI18n } from './i18n';

export type Texts<K extends string> = { en: Record<K, string>; zh: Record<K, string> };

/** The keys of a feature's table. */
export type TextKeyOf<T> = T extends Texts<infer K> ? K : never;

/**
 * A feature's table: its keys are the English table's, and the Chinese one must give each of them, no fewer and no
 * more (TypeScript names a missing or an extra key where the table is written).
 */
export function textTable<const K extends string>(
  en: Record<K, string>,
  zh: NoInfer<Record<K, string>>,
): Texts<K> {
  return { en, zh };
}

export type TextFn<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

/** The feature's strings in the app's current language, with {name} placeholders filled in. */
export function useFeatureText<K extends string>(texts: Texts<K>): TextFn<K> {
  const { locale } = useI18n();
  return useMemo(() => {
    const dict = locale === 'zh' ? texts.zh : texts.en;
    return (key: K, vars?: Record<string, string | number>) => fillPlaceholders(dict[key], vars);
  }, [locale, texts]);
}
