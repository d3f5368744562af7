import { loadDataFile } from '../contentModel/dataFiles.ts';
import { shipHints } from '../diagnosis/hints.ts';
import type { APIRoute } from 'astro';
import { loadWizardContent } from '../wizard/loadWizardContent.ts';

/**
 * What the browser needs to pre-answer from a paste and resolve stale links: the tree's structure
 * (ids, conditions, next nodes; the page already shows the words), the build table and the hints. A paste
 * also loads the stack vocabularies (`/lexicon/base.json`); a stale link needs only this.
 */
export const GET: APIRoute = () => {
  const { tree, builds } = loadWizardContent();
  const structure = {
    start: tree.start,
    nodes: tree.nodes.map((node) =>
      node.kind === 'question'
        ? { id: node.id, kind: node.kind, choices: node.choices.map(({ id, next, when, sets }) => ({ id, next, when, sets })) }
        : { id: node.id, kind: node.kind, scenarios: node.scenarios, fixes: node.fixes },
    ),
  };
  return new Response(
    JSON.stringify({
      tree: structure,
      builds: { ...builds, versions: builds.versions.map(({ prefix, firstBuilds }) => ({ prefix, firstBuilds })) },
      hints: shipHints(loadDataFile('hints')),
    }),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
