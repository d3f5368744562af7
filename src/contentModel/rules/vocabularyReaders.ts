import { collapse, compileLexicon, readVocabularyCodes } from '../../diagnosis/lexicon.ts';
import { shipReader } from '../../diagnosis/lexiconData.ts';
import type { ContentProblem } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Every code reader a vocabulary declares compiles and reads its own example into exactly the codes it states. */
export const vocabularyReaders: ContentRule = (project) => {
  const problems: ContentProblem[] = [];
  for (const { file, vocabulary } of project.vocabularies) {
    vocabulary.readers.forEach((reader, i) => {
      let codes: string[];
      try {
        const lexicon = compileLexicon({
          facts: { other: [], context: [], afterHandshake: [] },
          entries: [],
          readers: [shipReader(reader)],
          providers: [],
          packs: [],
        });
        codes = readVocabularyCodes(collapse(reader.example.text), lexicon);
      } catch (error) {
        problems.push({ file, message: `readers.${i}: pattern does not compile: ${(error as Error).message}` });
        return;
      }
      const want = [...reader.example.codes].map((c) => c.toLowerCase()).sort();
      const got = [...new Set(codes)].sort();
      if (want.join(',') !== got.join(',')) problems.push({ file, message: `readers.${i}: example reads as [${got.join(', ')}], not [${want.join(', ')}]` });
    });
  }
  return problems;
};
