import { describe, expect, test } from 'vitest';
import { readVocabularies } from '../../../src/contentModel/vocabularies.ts';
import { loadSearch } from '../../../src/search/loadSearchIndex.ts';
import { locales } from '../../../src/schemas/vocabulary.ts';

// A message means the same in every language its stack prints it in, so a paste carrying its Japanese or
// Polish text must get the answer the English text gets: the same scenario first, or the same answer
// outside TLS. (A reader whose Windows speaks German is not to land somewhere else.)
const entries = readVocabularies(process.cwd()).flatMap(({ vocabulary }) =>
  vocabulary.entries.flatMap((entry) => {
    const english = entry.texts.find((t) => t.lang === 'en');
    return english ? [{ stack: vocabulary.stack, english: english.text, localized: entry.texts.filter((t) => t.lang !== 'en') }] : [];
  }),
);
const inPaste = (text: string) =>
  `A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: SSL Provider, error: 0 - ${text})`;

describe.each(locales)('localized messages (%s index)', (lang) => {
  const searcher = loadSearch(process.cwd(), lang);
  const answer = (text: string) => {
    const outcome = searcher.search(inPaste(text));
    return outcome.outOfScope ? `not TLS: ${outcome.outOfScope.fact}` : outcome.results[0]?.slug;
  };

  test('each message text gets the answer its English text gets, in every language', () => {
    expect(entries.reduce((sum, e) => sum + e.localized.length, 0)).toBeGreaterThan(1000);
    const differing = entries.flatMap(({ stack, english, localized }) => {
      const expected = answer(english);
      return localized.filter(({ text }) => answer(text) !== expected).map(({ lang: textLang, text }) => `${stack} ${textLang}: ${text} → ${answer(text)} (English: ${expected})`);
    });
    expect(differing).toEqual([]);
  }, 60_000);
});
