import { readDataFile } from '../contentModel/dataFiles.ts';
import { loadLexicon } from '../contentModel/loadLexicon.ts';
import { articles, readArticles } from '../contentModel/project.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { buildSearchIndex, buildSearchWords } from './buildSearchIndex.ts';
import { createSearcher } from './createSearcher.ts';
import { createWordMatcher } from './createWordMatcher.ts';
import type { SearchIndex, SearchWords } from './searchIndex.ts';

const scenariosOf = (root: string, lang: Locale) => articles(readArticles(root), 'scenarios', lang).map((e) => ({ slug: e.id, data: e.value }));

/** Builds a language's search index straight from the content files (for Node scripts and tests). */
export function loadSearchIndex(root: string, lang: Locale): SearchIndex {
  const project = readArticles(root);
  const scenarios = articles(project, 'scenarios', lang).map((e) => ({ slug: e.id, data: e.value }));
  const errorPages = articles(project, 'errors', lang).map((e) => ({ id: e.id, data: e.value }));
  return buildSearchIndex(lang, scenarios, readDataFile(root, 'hints'), loadLexicon(root).data, errorPages);
}

/** A language's words for fuzzy matching, straight from the content files. */
export function loadSearchWords(root: string, lang: Locale): SearchWords {
  return buildSearchWords(scenariosOf(root, lang));
}

/**
 * The search as the browser runs it, for Node scripts and tests: the searcher with its word matcher
 * (used when wording counts) and every language pack loaded, unless `packs: 'asNeeded'` loads only
 * those a query's markers ask for, as the browser does.
 */
export function loadSearch(root: string, lang: Locale, options: { packs?: 'all' | 'asNeeded' } = {}) {
  const index = loadSearchIndex(root, lang);
  const searcher = createSearcher(index);
  const words = createWordMatcher(index, loadSearchWords(root, lang));
  const packs = new Map(loadLexicon(root).packs.map((pack) => [pack.id, pack]));
  if (options.packs !== 'asNeeded') for (const pack of packs.values()) searcher.addPack(pack);
  return {
    ...searcher,
    search(query: string) {
      for (const id of searcher.packsNeeded(query)) if (packs.has(id)) searcher.addPack(packs.get(id)!);
      return searcher.search(query, words);
    },
  };
}
