import en from '../../content/i18n/en.json';
import zh from '../../content/i18n/zh-CN.json';
import { fill } from '../client/fill.ts';
import type { Locale } from '../ids/locales.ts';
export { otherLocale } from '../ids/locales.ts';

export type UiKey = keyof typeof en;

const tables: Record<Locale, Record<UiKey, string>> = { en, zh };

/**
 * Returns the UI string lookup for a language (keys are checked equal across languages at build time);
 * `values` fill the string's `{name}` placeholders.
 */
export function useTranslations(lang: Locale) {
  return (key: UiKey, values?: Record<string, string | number | undefined>): string => (values ? fill(tables[lang][key], values) : tables[lang][key]);
}
