import { loadDataFile } from '../../contentModel/dataFiles.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLexicon } from '../../contentModel/loadLexicon.ts';
import { getErrorPages, getScenarios, slugOf } from '../../lib/content.ts';
import { buildSearchIndex } from '../../search/buildSearchIndex.ts';
import { localePaths } from '../../lib/staticPaths.ts';
import type { Locale } from '../../schemas/vocabulary.ts';

export const getStaticPaths: GetStaticPaths = localePaths;

/** The language's search index, built from scenario content and the stack vocabularies; fetched by the search script on first use. */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const scenarios = (await getScenarios(lang)).map((entry) => ({ slug: slugOf(entry), data: entry.data }));
  const errorPages = (await getErrorPages(lang)).map((entry) => ({ id: slugOf(entry), data: entry.data }));
  return new Response(JSON.stringify(buildSearchIndex(lang, scenarios, loadDataFile('hints'), loadLexicon(process.cwd()).data, errorPages)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
