import { readDataFile } from '../contentModel/dataFiles.ts';
import { articles, readArticles } from '../contentModel/project.ts';
import { siteForwards } from './redirects.ts';

/** All forwards of the site, from the content files (build-time pages and the _redirects file). */
export function loadForwards(root: string) {
  const errors = articles(readArticles(root), 'errors', 'en').map((e) => ({ id: e.id, codes: e.value.codes }));
  return siteForwards(errors, readDataFile(root, 'redirects').redirects);
}
