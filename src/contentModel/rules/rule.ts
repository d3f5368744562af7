import type { CollectionName } from '../collections.ts';
import type { ContentProblem, ContentProject, ParsedEntry } from '../project.ts';

/** One content check: reads the project, returns what is wrong, each problem naming its file. */
export type ContentRule = (project: ContentProject) => ContentProblem[];

/** The English twin of a translated article, when it passed its schema. */
export function englishTwin<C extends CollectionName>(project: ContentProject, entry: ParsedEntry<C>): ParsedEntry<C> | undefined {
  return project.parsed.find((e): e is ParsedEntry<C> => e.collection === entry.collection && e.lang === 'en' && e.id === entry.id);
}
