import { isLocale, locales, type Locale } from '../ids/locales.ts';

/** Picks the site language from the browser's preference list (any variant of a site language counts: zh-TW → zh), else the first. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return locales[0];
}
