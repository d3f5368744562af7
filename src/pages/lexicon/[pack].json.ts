import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLexicon } from '../../contentModel/loadLexicon.ts';

/** One pack of message texts per further language (`/lexicon/de.json`) and per on-demand stack (`/lexicon/gnutls.json`): loaded by search and the wizard when a paste carries its markers. */
export const getStaticPaths: GetStaticPaths = () => loadLexicon(process.cwd()).packs.map((pack) => ({ params: { pack: pack.id }, props: { pack } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.pack), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
