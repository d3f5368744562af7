import { describe, expect, test } from 'vitest';
import { createPastedWords } from '../../../src/diagnosis/pastedWords.ts';
import { loadSearch } from '../../../src/search/loadSearchIndex.ts';

// Built once while the file loads, as the other search tests do: building the index takes seconds on a
// busy machine, more than a test's own timeout.
const en = loadSearch(process.cwd(), 'en');

describe("what a result is said by, in the reader's own words", () => {
  test('a phrase in match form is shown as the paste wrote it: case, punctuation, full-width marks', () => {
    const said = createPastedWords('Error 20017 (severity 9):\n\tUnexpected EOF from the server. SQL Server 未返回响应。连接已关闭。');
    expect(said('unexpected eof from the server')).toBe('Unexpected EOF from the server');
    expect(said('未返回响应 连接已关')).toBe('未返回响应。连接已关');
    // Whole words only: "eof from" is not found inside "geoff from".
    expect(createPastedWords('geoff from the server')('eof from the server')).toBe('eof from the server');
    // A reworded match has no words of its own in the paste: it keeps its label.
    expect(said('≈ the certificate is not trusted')).toBe('≈ the certificate is not trusted');
  });

  test('search shows the words of the paste under a result', () => {
    const outcome = en.search('tsql: Unexpected EOF from the server. Adaptive Server connection failed. There was a problem connecting to the server');
    const labels = outcome.results.flatMap((r) => r.reasons.map((reason) => reason.label));
    expect(labels).toContain('peer-reset|Unexpected EOF from the server');
    expect(labels).toContain('Adaptive Server connection failed');
  });
});
