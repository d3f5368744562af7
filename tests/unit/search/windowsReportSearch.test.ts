import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadSearch } from '../../../src/search/loadSearchIndex.ts';
import { carriesWindowsReport } from '../../../src/search/windowsReportQuery.ts';

// A Windows client report pasted into search (issue 21): judged by the rules of `sqltls client --windows`,
// as the search worker judges it, in both site languages.
const fixture = (name: string) => readFileSync(`tests/fixtures/windows-client/${name}`, 'utf8');
const searchers = { en: loadSearch(process.cwd(), 'en'), zh: loadSearch(process.cwd(), 'zh') };

describe.each(Object.entries(searchers))('a pasted Windows client report (%s)', (_, searcher) => {
  test("ranks only its findings' scenarios, in the command's order, each with the reason", () => {
    const outcome = searcher.search(fixture('server-2012r2-defaults.json'));
    expect(outcome.results.map((r) => r.slug)).toEqual(['tls-version-mismatch', 'dhe-leading-zero']);
    expect(outcome.results.map((r) => r.reasons[0])).toEqual([
      { kind: 'windowsReport', label: 'dotnetStrongCryptoOff' },
      { kind: 'windowsReport', label: 'dheLeadingZeroUnfixed' },
    ]);
    // The report's words (TLS 1.0, Diffie-Hellman, SHA1 ...) are settings: they open no error page and no
    // second reading, and no question is asked.
    expect(outcome.errorPage).toBeUndefined();
    expect(outcome.ambiguous).toBe(false);
    expect(outcome.wantsWords).toBe(false);
  });

  test('read from a whole console session around it', () => {
    expect(searcher.search(fixture('pasted-console-session.txt')).results.map((r) => r.slug)).toEqual(['tls-version-mismatch', 'dhe-leading-zero']);
  });

  test('a healthy report and a cut-off one rank nothing rather than guessing from their words', () => {
    const healthy = JSON.parse(fixture('server-2022-defaults.json')) as { dotNetFramework: { tlsSettings: { schUseStrongCrypto: number; systemDefaultTlsVersions: number }[] } };
    for (const key of healthy.dotNetFramework.tlsSettings) Object.assign(key, { schUseStrongCrypto: 1, systemDefaultTlsVersions: 1 });
    expect(searcher.search(JSON.stringify(healthy, null, 2)).results).toEqual([]);
    const report = fixture('server-2022-defaults.json');
    expect(searcher.search(report.slice(0, report.length / 2)).results).toEqual([]);
  });
});

describe('carriesWindowsReport', () => {
  test('knows the marker however it is spaced, also as UTF-16LE text read as single bytes', () => {
    expect(carriesWindowsReport('{\n  "sqltls":  "windows-client/1",')).toBe(true);
    expect(carriesWindowsReport([...'{"sqltls": "windows-client/1"'].join('\u0000'))).toBe(true);
    expect(carriesWindowsReport('SSL Provider, error: 31 - windows-client')).toBe(false);
  });
});
