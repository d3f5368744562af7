import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './validateContent.ts';

export const homeFile = 'content/home.json';

export interface HomeData {
  commonErrors: string[];
}

/** Checks that every error the home page offers exists as an error page. */
export function validateHome(root: string, errorIds: Set<string>): ContentProblem[] {
  const home = JSON.parse(readFileSync(join(root, homeFile), 'utf8')) as HomeData;
  return home.commonErrors
    .filter((id) => !errorIds.has(id))
    .map((id) => ({ file: homeFile, message: `common error "${id}" has no page in content/errors/` }));
}
