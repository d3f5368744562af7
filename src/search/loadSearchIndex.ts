import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readContentFiles } from '../contentModel/readContentFiles.ts';
import { diagnosisHintsSchema } from '../schemas/diagnosisHints.ts';
import { scenarioSchema } from '../schemas/scenario.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { buildSearchIndex } from './buildSearchIndex.ts';
import type { SearchIndex } from './searchIndex.ts';

export const hintsFile = 'content/diagnosis/hints.yaml';

/** Reads and validates the diagnosis hints file. */
export function readHints(root: string) {
  return diagnosisHintsSchema.parse(parseYaml(readFileSync(join(root, hintsFile), 'utf8')));
}

/** Builds a language's search index straight from the content files (for Node scripts and tests). */
export function loadSearchIndex(root: string, lang: Locale): SearchIndex {
  const scenarios = readContentFiles(root)
    .filter((e) => e.collection === 'scenarios' && e.lang === lang)
    .map((e) => ({ slug: e.id, data: scenarioSchema.parse(e.data) }));
  return buildSearchIndex(lang, scenarios, readHints(root));
}
