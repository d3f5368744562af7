import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../src/probe/cli.ts';
import { runCommand } from '../../../src/probe/main.ts';
import { formatClientReport } from '../../../src/probe/clientCommand.ts';
import type { ClientPolicy } from '../../../src/probe/clientPolicy/clientPolicy.ts';
import { readProbeContent } from '../../../src/probe/readProbeContent.ts';
import { loadSearch } from '../../../src/search/loadSearchIndex.ts';
import { mayBeSqltlsReport } from '../../../src/search/sqltlsReportQuery.ts';
import { oldServerReport } from '../../support/probeReport.ts';

// A report of the probe pasted into search (a DBA ran sqltls, a support engineer reads it): the tool
// judged the server by its rules, so its findings' scenarios answer, in its order, in either language,
// as text or as --json. The reports are the tool's own output, formatted by its own code.
const content = readProbeContent(process.cwd());
const troubled = oldServerReport(content, ['noTls12', 'dates']);
const expected = [content.findings.noTls12!.scenario, content.findings.dates!.scenario];
const site = 'https://kb.corp.example/sqltls';
const searchers = { en: loadSearch(process.cwd(), 'en'), zh: loadSearch(process.cwd(), 'zh') };

describe.each(Object.entries(searchers))('a pasted sqltls probe report (%s site)', (_, searcher) => {
  test.each(['en', 'zh'] as const)("its %s text ranks only the findings' scenarios, in its order, each named by the report", (lang) => {
    const outcome = searcher.search(formatReport(troubled, lang, site, content));
    expect(outcome.results.map((r) => r.slug)).toEqual(expected);
    expect(outcome.results.map((r) => r.reasons[0]?.kind)).toEqual(['sqltlsReport', 'sqltlsReport']);
    // The report's words (TLSv1, SHA, expired dates) are what it saw, not an error: no error page, no question.
    expect(outcome.errorPage).toBeUndefined();
    expect(outcome.outOfScope).toBeUndefined();
    expect(outcome.ambiguous).toBe(false);
    expect(outcome.wantsWords).toBe(false);
  });

  test('read from --json, from a console session around it, and from a report cut short', () => {
    const json = JSON.stringify(troubled, null, 2);
    expect(searcher.search(json).results.map((r) => r.slug)).toEqual(expected);
    const session = `PS C:\\> npx sqltls probe db1.corp.example\n${formatReport(troubled, 'en', site, content)}\nPS C:\\> exit`;
    expect(searcher.search(session).results.map((r) => r.slug)).toEqual(expected);
    expect(searcher.search(json.slice(0, json.lastIndexOf('"reason"'))).results.map((r) => r.slug)).toEqual(expected);
  });

  test('a report without findings ranks nothing rather than guessing from its words', async () => {
    const clean = oldServerReport(content, []);
    const policy = JSON.parse(await printed('client', '--json')) as { findings: unknown[] };
    const cleanClient = formatClientReport(policy as unknown as ClientPolicy, [], 'en', site, content);
    for (const text of [
      formatReport(clean, 'en', site, content),
      formatReport(clean, 'zh', site, content),
      JSON.stringify(clean),
      cleanClient,
      JSON.stringify({ ...policy, findings: [] }),
    ]) {
      const outcome = searcher.search(text);
      expect(outcome.results).toEqual([]);
      expect(outcome.judged?.kind).toBe('sqltlsReport');
    }
  });

  test("a person's message with a link to a scenario, or another tool's findings, is read as text", () => {
    const message = `The certificate chain was issued by an authority that is not trusted.\n- tried the steps on\n  ${site}/en/scenarios/tls-version-mismatch/\nno luck`;
    const outcome = searcher.search(message);
    expect(outcome.judged).toBeUndefined();
    expect(outcome.results[0]?.slug).toBe('untrusted-certificate');
    expect(searcher.search('{"findings": [{"scenario": "sql-injection", "severity": "high"}]}').judged).toBeUndefined();
  });
});

// `sqltls client` (this machine's policy, so its findings vary) and `client --windows` (a fixture report),
// each as the command prints it, text and --json.
const printed = async (...argv: string[]) => {
  const out: string[] = [];
  await runCommand(argv, { version: 'test', content: () => content, site }, { out: (line) => out.push(line), err: () => {} });
  return out.join('\n');
};

describe.each(Object.entries(searchers))('a pasted sqltls client report (%s site)', (_, searcher) => {
  test('client --windows: its findings, as printed in either language and as --json', async () => {
    const fixture = 'tests/fixtures/windows-client/server-2012r2-defaults.json';
    for (const argv of [['--lang', 'en'], ['--lang', 'zh'], ['--json']])
      expect(searcher.search(await printed('client', '--windows', fixture, ...argv)).results.map((r) => r.slug)).toEqual(['tls-version-mismatch', 'dhe-leading-zero']);
  });

  // Whatever this machine refuses: none (a report that found nothing answers nothing) is as good a case.
  test("client: this machine's findings, text and --json alike", async () => {
    const json = await printed('client', '--json');
    const scenarios = [...new Set((JSON.parse(json) as { findings: { scenario: string }[] }).findings.map((f) => f.scenario))];
    expect(searcher.search(json).results.map((r) => r.slug)).toEqual(scenarios);
    expect(searcher.search(await printed('client')).results.map((r) => r.slug)).toEqual(scenarios);
  });
});

describe('mayBeSqltlsReport', () => {
  test('lets through what a report carries and stops an ordinary error', () => {
    expect(mayBeSqltlsReport(`see ${site}/zh/scenarios/untrusted-certificate/`)).toBe(true);
    expect(mayBeSqltlsReport('{ "findings" : [ ] }')).toBe(true);
    expect(mayBeSqltlsReport('  Protocols accepted: TLSv1 ✗  TLSv1.1 ✗  TLSv1.2 ✓  TLSv1.3 ✓')).toBe(true);
    expect(mayBeSqltlsReport('  tls.DEFAULT_MIN_VERSION: TLSv1.2')).toBe(true);
    expect(mayBeSqltlsReport('(provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed)')).toBe(false);
  });
});
