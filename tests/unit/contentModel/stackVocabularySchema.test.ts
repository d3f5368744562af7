import { describe, expect, test } from 'vitest';
import { stackVocabularySchema } from '../../../src/schemas/stackVocabulary.ts';

// One message that two causes print is written once, with `also`: every reader of the vocabulary sees
// one entry per fact, carrying the same codes and texts in every language.
const vocabulary = (also: unknown[]) => ({
  stack: 'demo',
  name: 'Demo stack',
  about: 'A vocabulary made for this test.',
  sources: { winerror: { title: 'winerror.h', url: 'https://example.com/winerror' } },
  entries: [
    {
      fact: 'no-common-cipher',
      weight: 4,
      codes: ['0x80090331'],
      texts: [
        { lang: 'en', text: 'do not possess a common algorithm' },
        { lang: 'de', text: 'keinen gemeinsamen Algorithmus' },
      ],
      source: 'winerror',
      also,
    },
  ],
});

describe('a vocabulary entry with further facts (also)', () => {
  test('becomes one entry per fact, with the same codes and texts, its own weight and its source or the entry’s', () => {
    const parsed = stackVocabularySchema.parse(vocabulary([{ fact: 'no-common-protocol', weight: 3, note: 'TLS versions too' }]));
    expect(parsed.entries.map((e) => [e.fact, e.weight, e.source, e.note])).toEqual([
      ['no-common-cipher', 4, 'winerror', undefined],
      ['no-common-protocol', 3, 'winerror', 'TLS versions too'],
    ]);
    expect(parsed.entries[1]!.texts).toEqual(parsed.entries[0]!.texts);
    expect(parsed.entries[1]!.codes).toEqual(['0x80090331']);
    expect(parsed.entries.some((e) => 'also' in e)).toBe(false);
  });

  test('is refused when it repeats the entry’s own fact or names an unknown source', () => {
    const same = stackVocabularySchema.safeParse(vocabulary([{ fact: 'no-common-cipher', weight: 2 }]));
    expect(same.success).toBe(false);
    expect(same.error?.issues.map((i) => i.message)).toContain('"no-common-cipher" is the entry\'s own fact');
    const unknown = stackVocabularySchema.safeParse(vocabulary([{ fact: 'no-common-protocol', weight: 2, source: 'nowhere' }]));
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.path).toEqual(['entries', 0, 'also', 0, 'source']);
  });
});
