import type { Locale } from '../schemas/vocabulary.ts';

/** Picks the site language from the browser's preference list: any Chinese variant → zh, otherwise en. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
