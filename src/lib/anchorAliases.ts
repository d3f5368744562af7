import { loadDataFile } from '../contentModel/dataFiles.ts';
import type { IdRedirect } from '../contentModel/publicIds.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { localeHref, scenarioPath } from './paths.ts';

/** An old anchor kept on a page: an empty element with the old id that forwards to `href` (src/enhance/enhance.ts). */
export interface AnchorAlias {
  id: string;
  href: string;
}

type AnchorKind = Extract<IdRedirect['kind'], 'scenarioAnchors' | 'pageAnchors' | 'connectionStrings'>;

/** Site path of the page an anchor id (`page#anchor`) of this kind lives on. */
const pagePathOf = (kind: AnchorKind, page: string) => (kind === 'scenarioAnchors' ? scenarioPath(page) : `${page}/`);

/** Splits an id of this kind into page and anchor (connection-string ids are anchors of one page). */
const split = (kind: AnchorKind, id: string): [string, string] => (kind === 'connectionStrings' ? ['connection-strings', id] : (id.split('#') as [string, string]));

/** Anchors renamed or moved away from `page` (content/redirects.json), with where each now points. */
export function anchorAliases(kind: AnchorKind, page: string, lang: Locale, redirects: IdRedirect[] = loadDataFile('redirects').redirects): AnchorAlias[] {
  return redirects
    .filter((r) => r.kind === kind && split(kind, r.from)[0] === page && split(kind, r.from)[1])
    .map((r) => {
      const [toPage, toAnchor] = split(kind, r.to);
      return { id: split(kind, r.from)[1], href: toPage === page ? `#${toAnchor}` : `${localeHref(lang, pagePathOf(kind, toPage))}#${toAnchor}` };
    });
}
