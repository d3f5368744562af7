import type { APIRoute } from 'astro';
import { readHints } from '../search/loadSearchIndex.ts';
import { loadWizardContent } from '../wizard/loadWizardContent.ts';

/** What the browser needs to pre-answer from a paste and resolve stale links: tree, build table, hints. */
export const GET: APIRoute = () => {
  const { tree, builds } = loadWizardContent();
  return new Response(JSON.stringify({ tree, builds, hints: readHints(process.cwd()) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
