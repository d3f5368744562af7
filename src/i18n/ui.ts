import en from '../../content/i18n/en.json';
import zh from '../../content/i18n/zh-CN.json';
import type { Locale } from '../schemas/vocabulary.ts';

export type UiKey = keyof typeof en;

const tables: Record<Locale, Record<UiKey, string>> = { en, zh };

/** Returns the UI string lookup for a language (keys are checked equal across languages at build time). */
export function useTranslations(lang: Locale) {
  return (key: UiKey): string => tables[lang][key];
}

/** The other language, for the language switch. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'en' ? 'zh' : 'en';
}
