import type { APIRoute, GetStaticPaths } from 'astro';
import { getScenarios, slugOf } from '../../lib/content.ts';
import { localePaths } from '../../lib/staticPaths.ts';
import { buildSearchWords } from '../../search/buildSearchIndex.ts';
import type { Locale } from '../../schemas/vocabulary.ts';

export const getStaticPaths: GetStaticPaths = localePaths;

/** The articles' words for fuzzy matching: fetched by the search worker only when wording counts (src/search/createWordMatcher.ts). */
export const GET: APIRoute = async ({ params }) => {
  const scenarios = (await getScenarios(params.lang as Locale)).map((entry) => ({ slug: slugOf(entry), data: entry.data }));
  return new Response(JSON.stringify(buildSearchWords(scenarios)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
