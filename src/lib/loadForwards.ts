import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdRedirect } from '../contentModel/publicIds.ts';
import { readContentFiles } from '../contentModel/readContentFiles.ts';
import { siteForwards } from './redirects.ts';

/** Reads redirects.json. */
export function readRedirects(root: string): IdRedirect[] {
  return (JSON.parse(readFileSync(join(root, 'content/redirects.json'), 'utf8')) as { redirects: IdRedirect[] }).redirects;
}

/** All forwards of the site, from the content files (build-time pages and the _redirects file). */
export function loadForwards(root: string) {
  const errors = readContentFiles(root)
    .filter((e) => e.collection === 'errors' && e.lang === 'en')
    .map((e) => ({ id: e.id, codes: (e.data as { codes: string[] }).codes }));
  return siteForwards(errors, readRedirects(root));
}
