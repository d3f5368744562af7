import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadSearch } from '../../../src/search/loadSearchIndex.ts';
import { locales } from '../../../src/schemas/vocabulary.ts';

// A regression set beside the development corpus: one or two typical messages per driver, TLS library and
// platform, including localized ones. A ranking change that loses one of them shows up here by name.
const { cases } = JSON.parse(readFileSync('tests/unit/search/typicalErrors.json', 'utf8')) as { cases: { text: string; expected: string[] }[] };

describe.each(locales)('typical error messages (%s index)', (lang) => {
  const searcher = loadSearch(process.cwd(), lang);
  test('each ranks an expected scenario first', () => {
    const misses = cases
      .map(({ text, expected }) => ({ text, expected, got: searcher.search(text).results[0]?.slug }))
      .filter(({ expected, got }) => !got || !expected.includes(got))
      .map(({ text, expected, got }) => `${text.slice(0, 80)} → ${got} (want ${expected.join('|')})`);
    expect(misses).toEqual([]);
    // 88 searches of long pastes: about 5 s while the other test files run beside it.
  }, 30_000);
});
