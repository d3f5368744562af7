import type { RawEntry } from './readContentFiles.ts';
import type { IdRedirect } from '../schemas/siteData.ts';
import { bodyHeadingIds } from './headings.ts';

/**
 * Every address a ticket can link to. Once published an id may never disappear without a redirect.
 * Ids are language-neutral (identical in both languages).
 */
export interface PublicIds {
  scenarios: string[];
  /** `slug#anchor` for fixes, checks and headings inside scenario articles. */
  scenarioAnchors: string[];
  errors: string[];
  /** `id#anchor` for headings inside error pages. */
  errorAnchors: string[];
  /** Short links /<lang>/e/<code>/. */
  shortLinks: string[];
  /** Wizard step paths (choice ids joined by `/`; the start is ``). */
  wizardSteps: string[];
  /** Other pages and their anchors: `tls-handshake#step-tcp-connect`, `probe#exit-codes`. */
  pageAnchors: string[];
  /** Fix files under /downloads/ (tickets link them). */
  downloads: string[];
  /** Connection-string reference: driver ids (`?cs=`) and `driver-intent` anchors. */
  connectionStrings: string[];
}

/** Ids that do not come from the bilingual content files (generated pages, downloads, data files). */
export interface OtherPublicIds {
  pageAnchors: string[];
  downloads: string[];
  connectionStrings: string[];
}

export type { IdRedirect };

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

export function collectPublicIds(entries: RawEntry[], wizardSteps: string[][], other: OtherPublicIds): PublicIds {
  const english = entries.filter((e) => e.lang === 'en');
  const scenarios = english.filter((e) => e.collection === 'scenarios');
  const errors = english.filter((e) => e.collection === 'errors');
  const data = (e: RawEntry) => e.data as { fixes?: { id: string }[]; checks?: { id: string }[]; codes?: string[] };
  return {
    scenarios: sorted(scenarios.map((e) => e.id)),
    scenarioAnchors: sorted(
      scenarios.flatMap((e) => [
        ...(data(e).fixes ?? []).map((f) => `${e.id}#${f.id}`),
        ...(data(e).checks ?? []).map((c) => `${e.id}#${c.id}`),
        ...bodyHeadingIds(e.body).map((h) => `${e.id}#${h}`),
      ]),
    ),
    errors: sorted(errors.map((e) => e.id)),
    errorAnchors: sorted(errors.flatMap((e) => bodyHeadingIds(e.body).map((h) => `${e.id}#${h}`))),
    shortLinks: sorted(errors.flatMap((e) => data(e).codes ?? [])),
    wizardSteps: sorted(wizardSteps.map((p) => p.join('/'))),
    pageAnchors: sorted([
      ...english.filter((e) => e.collection === 'pages' || e.collection === 'tools').flatMap((e) => [e.id, ...bodyHeadingIds(e.body).map((h) => `${e.id}#${h}`)]),
      ...other.pageAnchors,
    ]),
    downloads: sorted(other.downloads),
    connectionStrings: sorted(other.connectionStrings),
  };
}

/** Published ids that are gone and have no redirect, as readable lines. */
export function missingPublicIds(published: PublicIds, current: PublicIds, redirects: IdRedirect[]): string[] {
  const missing: string[] = [];
  for (const kind of Object.keys(published) as (keyof PublicIds)[]) {
    const now = new Set(current[kind]);
    for (const id of published[kind] ?? []) {
      if (!now.has(id) && !redirects.some((r) => r.kind === kind && r.from === id))
        missing.push(`${kind}: "${id}" was published and is gone; add a redirect for it in content/redirects.json`);
    }
  }
  return missing;
}

/** Current ids not yet in the published list. */
export function unpublishedIds(published: PublicIds, current: PublicIds): string[] {
  return (Object.keys(current) as (keyof PublicIds)[]).flatMap((kind) => current[kind].filter((id) => !(published[kind] ?? []).includes(id)).map((id) => `${kind}: ${id}`));
}
