import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stackVocabularySchema, type StackVocabulary } from '../schemas/stackVocabulary.ts';
import { readData } from './readData.ts';

/** One file per TLS stack: what it prints, mapped to failure facts. */
export const vocabulariesDir = 'content/diagnosis/vocabularies';

export interface VocabularyFile {
  file: string;
  vocabulary: StackVocabulary;
}

/** The vocabulary files of the project at `root` (paths relative to it), in name order. */
export function vocabularyFiles(root: string): string[] {
  return readdirSync(join(root, vocabulariesDir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${vocabulariesDir}/${name}`);
}

/** Reads and checks one vocabulary file; throws a DataFileError naming the file and field at fault. */
export function readVocabulary(root: string, file: string): VocabularyFile {
  return { file, vocabulary: readData(root, file, stackVocabularySchema) };
}

/** Every stack vocabulary of the project at `root`; throws at the first file at fault. */
export function readVocabularies(root: string): VocabularyFile[] {
  return vocabularyFiles(root).map((file) => readVocabulary(root, file));
}
