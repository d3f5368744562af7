import { readDataFile } from './dataFiles.ts';
import { readVocabularies } from './vocabularies.ts';
import { buildLexicon } from '../diagnosis/buildLexicon.ts';
import { compileWithPacks, type Lexicon } from '../diagnosis/lexicon.ts';
import type { LexiconData, LexiconPack } from '../diagnosis/lexiconData.ts';

const cache = new Map<string, { data: LexiconData; packs: LexiconPack[] }>();

/** The lexicon of the project at `root`, built from its facts and vocabularies once per process (build, scripts, tests). */
export function loadLexicon(root: string): { data: LexiconData; packs: LexiconPack[] } {
  if (!cache.has(root)) {
    cache.set(
      root,
      buildLexicon(
        readVocabularies(root).map((v) => v.vocabulary),
        readDataFile(root, 'facts').facts,
      ),
    );
  }
  return cache.get(root)!;
}

/** The lexicon compiled with every language pack added: how scripts, tests and build-time pages read any paste. */
export function loadFullLexicon(root: string): Lexicon {
  const { data, packs } = loadLexicon(root);
  return compileWithPacks(data, packs);
}
