import type { APIRoute } from 'astro';
import { loadLexicon } from '../../contentModel/loadLexicon.ts';

/**
 * The stack vocabularies in the base languages (codes, readers, provider names, English and Simplified
 * Chinese texts): what the wizard's paste box reads a paste with, so its pre-answers see the same facts
 * as search. Further languages come as packs (`/lexicon/<lang>.json`) when a paste carries their markers.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadLexicon(process.cwd()).data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
