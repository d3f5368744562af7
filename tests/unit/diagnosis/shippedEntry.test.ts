import { describe, expect, test } from 'vitest';
import { readEntry, shipEntry, type LexiconEntry } from '../../../src/diagnosis/lexiconData.ts';
import { loadLexicon } from '../../../src/contentModel/loadLexicon.ts';

// The index and the packs ship each entry as one string; reading it back must give the entry unchanged.
describe('a lexicon entry as the index ships it', () => {
  test('reads back as the same fact, weight, codes and texts, with or without codes', () => {
    const entries: LexiconEntry[] = [
      ['no-common-cipher', 4, ['0x80090331', 'alert:40'], ['SEC_E_ALGORITHM_MISMATCH', 'do not possess a common algorithm', '因为算法不同']],
      ['peer-reset', 3, [], ['connection reset by peer']],
      ['cert-expired', 5, ['x509:10'], []],
    ];
    for (const entry of entries) expect(readEntry(shipEntry(entry))).toEqual(entry);
  });

  test('refuses a text or code that would break the string, naming it', () => {
    expect(() => shipEntry(['peer-reset', 3, [], ['reset | closed']])).toThrow(/"reset \| closed"/);
    expect(() => shipEntry(['peer-reset', 3, ['alert 40'], []])).toThrow(/"alert 40"/);
  });

  test('every entry of the real vocabularies ships and reads back', () => {
    const { data, packs } = loadLexicon(process.cwd());
    for (const shipped of [...data.entries, ...packs.flatMap((p) => p.entries)]) expect(shipEntry(readEntry(shipped))).toBe(shipped);
  });
});
