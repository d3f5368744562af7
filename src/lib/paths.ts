import type { Locale } from '../schemas/vocabulary.ts';

/** Joins the configured base path (BASE_PATH) with a site path like `en/scenarios/x/`. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

/** The URL of a page in a language: `localeHref('zh', 'scenarios/x/')` → `/zh/scenarios/x/`. */
export function localeHref(lang: Locale, path = ''): string {
  return withBase(`${lang}/${path.replace(/^\//, '')}`);
}

export const scenarioPath = (slug: string) => `scenarios/${slug}/`;
export const errorPath = (id: string) => `errors/${id}/`;
export const overviewPath = 'tls-handshake/';
export const probePath = 'probe/';
