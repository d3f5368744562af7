import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/vocabulary.ts';

/** `en/untrusted-certificate` → `untrusted-certificate`. */
export const slugOf = (entry: { id: string }) => entry.id.split('/').slice(1).join('/');
export const langOf = (entry: { id: string }) => entry.id.split('/')[0] as Locale;

const byLang = <T extends { id: string }>(entries: T[], lang: Locale) => entries.filter((entry) => langOf(entry) === lang).sort((a, b) => slugOf(a).localeCompare(slugOf(b)));

export async function getScenarios(lang: Locale): Promise<CollectionEntry<'scenarios'>[]> {
  return byLang(await getCollection('scenarios'), lang);
}

export async function getErrorPages(lang: Locale): Promise<CollectionEntry<'errors'>[]> {
  return byLang(await getCollection('errors'), lang);
}

export async function getOverview(lang: Locale): Promise<CollectionEntry<'pages'>> {
  const page = (await getCollection('pages')).find((entry) => entry.id === `${lang}/tls-handshake`);
  if (!page) throw new Error(`content/pages/${lang}/tls-handshake.mdx is missing`);
  return page;
}

export async function getToolPage(lang: Locale, id: string): Promise<CollectionEntry<'tools'>> {
  const page = (await getCollection('tools')).find((entry) => entry.id === `${lang}/${id}`);
  if (!page) throw new Error(`content/tools/${lang}/${id}.mdx is missing`);
  return page;
}
