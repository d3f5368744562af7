import type { ErrorPage } from '../schemas/errorPage.ts';
import type { OverviewPage } from '../schemas/overviewPage.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { ToolPage } from '../schemas/toolPage.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { bilingualCollections, type CollectionName } from './collections.ts';
import { dataFiles, readDataFile, type DataFileName, type DataFiles } from './dataFiles.ts';
import { DataFileError } from './readData.ts';
import { readContentFiles, type RawEntry } from './readContentFiles.ts';
import { readVocabulary, vocabularyFiles, type VocabularyFile } from './vocabularies.ts';

/** A content problem, always naming the file it was found in. */
export interface ContentProblem {
  file: string;
  message: string;
}

interface CollectionValues {
  scenarios: Scenario;
  errors: ErrorPage;
  pages: OverviewPage;
  tools: ToolPage;
}

/** An article that passed its collection's schema, with the parsed frontmatter as `value`. */
export type ParsedEntry<C extends CollectionName = CollectionName> = RawEntry & { collection: C; value: CollectionValues[C] };

/** Everything under content/, read once: what the content rules check. */
export interface ContentProject {
  /** Every bilingual article as read from disk, before its schema (a twin is missing even when the other fails it). */
  entries: RawEntry[];
  /** The articles that passed their schema. */
  parsed: ParsedEntry[];
  /** The data files that passed their schema; one that did not is absent (its problem is in `readProblems`). */
  data: Partial<DataFiles>;
  /** The stack vocabularies that passed their schema (content/diagnosis/vocabularies). */
  vocabularies: VocabularyFile[];
  /** Files that could not be read or failed their schema. */
  readProblems: ContentProblem[];
}

/** The parsed articles of one collection, optionally in one language. */
export function articles<C extends CollectionName>(project: ContentProject, collection: C, lang?: Locale): ParsedEntry<C>[] {
  return project.parsed.filter((e): e is ParsedEntry<C> => e.collection === collection && (!lang || e.lang === lang));
}

/** The slugs or ids of a collection, whether or not their files passed the schema. */
export function idsOf(project: ContentProject, collection: CollectionName): Set<string> {
  return new Set(project.entries.filter((e) => e.collection === collection).map((e) => e.id));
}

/** A project from articles already read (and, for tests, only the data files given). */
export function projectOf(entries: RawEntry[], data: Partial<DataFiles> = {}, dataProblems: ContentProblem[] = [], vocabularies: VocabularyFile[] = []): ContentProject {
  const parsed: ParsedEntry[] = [];
  const readProblems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.parseError) {
      readProblems.push({ file: entry.file, message: entry.parseError });
      continue;
    }
    const result = bilingualCollections[entry.collection].schema.safeParse(entry.data);
    if (result.success) parsed.push({ ...entry, value: result.data });
    else for (const issue of result.error.issues) readProblems.push({ file: entry.file, message: `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}` });
  }
  return { entries, parsed, data, vocabularies, readProblems: [...readProblems, ...dataProblems] };
}

/** The articles of the project at `root`, parsed, without its data files (for readers that need only articles). */
export function readArticles(root: string): ContentProject {
  return projectOf(readContentFiles(root));
}

/** Reads every article and data file of the project at `root`; nothing throws, problems are collected. */
export function loadProject(root: string): ContentProject {
  const data: Partial<Record<DataFileName, unknown>> = {};
  const problems: ContentProblem[] = [];
  for (const name of Object.keys(dataFiles) as DataFileName[]) {
    try {
      data[name] = readDataFile(root, name);
    } catch (error) {
      problems.push({ file: dataFiles[name].file, message: error instanceof DataFileError ? error.detail : String(error) });
    }
  }
  const vocabularies: VocabularyFile[] = [];
  for (const file of vocabularyFiles(root)) {
    try {
      vocabularies.push(readVocabulary(root, file));
    } catch (error) {
      problems.push({ file, message: error instanceof DataFileError ? error.detail : String(error) });
    }
  }
  return projectOf(readContentFiles(root), data as Partial<DataFiles>, problems, vocabularies);
}

/** Formats problems as one readable block, grouped by file. */
export function formatProblems(problems: ContentProblem[]): string {
  const byFile = new Map<string, string[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.message]);
  return [...byFile].map(([file, messages]) => `${file}\n${messages.map((m) => `  - ${m}`).join('\n')}`).join('\n');
}
