import { readDataFile } from '../contentModel/dataFiles.ts';
import { articles, readArticles } from '../contentModel/project.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { buildSearchIndex } from './buildSearchIndex.ts';
import type { SearchIndex } from './searchIndex.ts';

/** Builds a language's search index straight from the content files (for Node scripts and tests). */
export function loadSearchIndex(root: string, lang: Locale): SearchIndex {
  const scenarios = articles(readArticles(root), 'scenarios', lang).map((e) => ({ slug: e.id, data: e.value }));
  return buildSearchIndex(lang, scenarios, readDataFile(root, 'hints'));
}
