import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../src/contentModel/checkContent.ts';
import { loadProject, projectOf, type ContentProject } from '../../../src/contentModel/project.ts';
import { parseMdx, type RawEntry } from '../../../src/contentModel/readContentFiles.ts';
import { minimalScenario } from './fixtures.ts';

// These run every content rule over the whole project: seconds each, more on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });

/** Runs every content rule over articles only (no data files: the rules about those stay silent). */
const validateContent = (entries: RawEntry[]) => checkContent(projectOf(entries));

/** A consistent pair of twins; each test breaks one thing. */
function twins(): RawEntry[] {
  const en = minimalScenario({ revision: 1 });
  const zh = minimalScenario({ translatedRevision: 1, title: '示例场景' });
  return [
    { collection: 'scenarios', lang: 'en', id: 'sample', file: 'content/scenarios/en/sample.mdx', data: en, body: '' },
    { collection: 'scenarios', lang: 'zh', id: 'sample', file: 'content/scenarios/zh/sample.mdx', data: zh, body: '' },
  ];
}

describe('the content rules', () => {
  test('accepts consistent twins', () => {
    expect(validateContent(twins())).toEqual([]);
  });

  test('fails when a Chinese twin is deleted, naming the file and the missing twin', () => {
    const problems = validateContent(twins().filter((entry) => entry.lang === 'en'));
    expect(problems).toContainEqual({
      file: 'content/scenarios/en/sample.mdx',
      message: 'has no zh twin: expected content/scenarios/zh/sample.mdx',
    });
  });

  test('fails when fix ids differ between the twins', () => {
    const entries = twins();
    const zh = entries[1]!.data as ReturnType<typeof minimalScenario>;
    zh.fixes[0]!.id = 'fix-renamed';
    const [problem] = validateContent(entries);
    expect(problem?.file).toBe('content/scenarios/zh/sample.mdx');
    expect(problem?.message).toContain('fixes[0].id');
  });

  test('fails when a code block differs between the twins', () => {
    const entries = twins();
    const zh = entries[1]!.data as ReturnType<typeof minimalScenario>;
    zh.fixes[0]!.steps[0]!.code = { lang: 'bash', code: 'echo changed' };
    expect(
      validateContent(entries)
        .map((p) => p.message)
        .join(),
    ).toContain('fixes[0].code[0]');
  });

  test('accepts a Chinese twin whose code differs only in translated comments, and still catches a changed command', () => {
    const entries = twins();
    const [en, zh] = entries.map((entry) => entry.data as ReturnType<typeof minimalScenario>);
    en!.fixes[0]!.steps[0]!.code = { lang: 'sql', code: '-- Run on the server\nEXEC xp_readerrorlog 0, 1; -- the current log' };
    zh!.fixes[0]!.steps[0]!.code = { lang: 'sql', code: '-- 在服务器上执行\nEXEC xp_readerrorlog 0, 1; -- 当前日志' };
    expect(validateContent(entries)).toEqual([]);
    zh!.fixes[0]!.steps[0]!.code = { lang: 'sql', code: '-- 在服务器上执行\nEXEC xp_readerrorlog 1, 1; -- 当前日志' };
    expect(
      validateContent(entries)
        .map((p) => p.message)
        .join(),
    ).toContain('fixes[0].code[0]');
  });

  test('fails on a reference to a scenario that does not exist', () => {
    const entries = twins();
    for (const entry of entries) (entry.data as ReturnType<typeof minimalScenario>).related = ['no-such-scenario'];
    expect(validateContent(entries)).toContainEqual({ file: 'content/scenarios/en/sample.mdx', message: 'related scenario no-such-scenario does not exist' });
  });

  test('refuses a search keyword the article never uses, and accepts one it does', () => {
    const entries = twins();
    entries[0]!.body = 'The server signs its certificate with SHA-1.';
    (entries[0]!.data as ReturnType<typeof minimalScenario>).keywords = ['sha-1', 'Kerberos'];
    const problems = validateContent(entries).filter((p) => p.message.startsWith('keyword'));
    expect(problems).toEqual([{ file: 'content/scenarios/en/sample.mdx', message: 'keyword "Kerberos" does not occur in the article' }]);
  });

  test('fails when required frontmatter is missing, naming the field', () => {
    const entries = twins();
    delete (entries[0]!.data as Partial<ReturnType<typeof minimalScenario>>).summary;
    expect(validateContent(entries)).toContainEqual(expect.objectContaining({ file: 'content/scenarios/en/sample.mdx', message: expect.stringMatching(/^summary:/) }));
  });

  test('requires a warning and a safer alternative on fixes that lower security', () => {
    const entries = twins();
    for (const entry of entries) (entry.data as ReturnType<typeof minimalScenario>).fixes[0]!.risk = 'lowers-security';
    expect(
      validateContent(entries)
        .map((p) => p.message)
        .join(),
    ).toContain('needs `warning` and `saferAlternative`');
  });

  test('requires a fix for every platform the scenario lists', () => {
    const entries = twins();
    for (const entry of entries) (entry.data as ReturnType<typeof minimalScenario>).platforms.push('macos');
    expect(validateContent(entries)).toContainEqual(expect.objectContaining({ message: 'no fix applies to platform macos, which the scenario lists' }));
  });

  test('flags a translation that claims a newer revision than the English page', () => {
    const entries = twins();
    (entries[1]!.data as { translatedRevision: number }).translatedRevision = 2;
    expect(validateContent(entries)).toContainEqual(
      expect.objectContaining({ file: 'content/scenarios/zh/sample.mdx', message: expect.stringContaining('newer than the English revision') }),
    );
  });
});

describe('parseMdx()', () => {
  test('splits YAML frontmatter from the body', () => {
    expect(parseMdx('---\ntitle: "x"\n---\nBody\n')).toEqual({ data: { title: 'x' }, body: 'Body\n' });
  });

  test('reports a file without frontmatter instead of throwing', () => {
    expect(parseMdx('just text').error).toMatch(/no YAML frontmatter/);
  });

  test('reports invalid YAML instead of throwing', () => {
    expect(parseMdx('---\ntitle: [unclosed\n---\n').error).toMatch(/not valid YAML/);
  });
});

describe('article headings', () => {
  test('need explicit ids that match between the twins', () => {
    const entries = twins();
    entries[0]!.body = '<h3 id="why">Why</h3>\n';
    entries[1]!.body = '<h3 id="reason">原因</h3>\n';
    expect(validateContent(entries)).toContainEqual(expect.objectContaining({ file: 'content/scenarios/zh/sample.mdx', message: expect.stringContaining('heading ids') }));
  });

  test('a Markdown heading without an id is refused', () => {
    const entries = twins();
    entries[0]!.body = '### Why it happens\n';
    expect(validateContent(entries)).toContainEqual(expect.objectContaining({ file: 'content/scenarios/en/sample.mdx', message: expect.stringContaining('explicit id') }));
  });

  test('a heading glued to the text after it is refused (the text would be no paragraph)', () => {
    const entries = twins();
    entries[0]!.body = '<h3 id="why">Why</h3>\nBecause.\n';
    expect(validateContent(entries)).toContainEqual(
      expect.objectContaining({ file: 'content/scenarios/en/sample.mdx', message: expect.stringContaining('blank line after the heading') }),
    );
    entries[0]!.body = '<h3 id="why">Why</h3>\n\nBecause.\n';
    expect(validateContent(entries).filter((p) => p.message.includes('blank line'))).toEqual([]);
  });
});

describe('the content rules over data files', () => {
  const real = loadProject(process.cwd());
  /** The real project with one data file replaced. */
  const withData = (data: Partial<ContentProject['data']>): ContentProject => ({ ...real, data: { ...real.data, ...data } });

  test('the real content passes', () => {
    expect(checkContent(real)).toEqual([]);
  });

  test('a wizard outcome naming a scenario that does not exist is found (validate:content and the build run the same rules)', () => {
    const tree = structuredClone(real.data.wizardTree!);
    const outcome = tree.nodes.find((n) => n.kind === 'outcome')!;
    if (outcome.kind === 'outcome') outcome.scenarios = ['no-such-scenario'];
    expect(checkContent(withData({ wizardTree: tree }))).toContainEqual({
      file: 'content/wizard/tree.yaml',
      message: `node ${outcome.id}: scenario no-such-scenario does not exist`,
    });
  });

  test('a probe finding or a paste-check page naming an unknown scenario is found', () => {
    const findings = real.data.probeFindings!.map((row) => (row.finding === 'dates' ? { ...row, scenario: 'certificate-outdated' } : row));
    expect(checkContent(withData({ probeFindings: findings }))).toContainEqual({
      file: 'content/probe/findings.yaml',
      message: 'finding dates names unknown scenario "certificate-outdated"',
    });
    const connectionStrings = { ...real.data.connectionStrings!, showOn: { 'no-such-page': ['trust' as const] } };
    expect(checkContent(withData({ connectionStrings }))).toContainEqual({
      file: 'content/connection-strings/drivers.yaml',
      message: 'showOn names unknown scenario "no-such-page"',
    });
  });

  test('a probe finding or a wizard choice naming a fact its scenario does not resolve, or no fact at all, is found', () => {
    const findings = real.data.probeFindings!.map((row) => (row.finding === 'dates' ? { ...row, fact: 'cert-revoked' } : row));
    expect(checkContent(withData({ probeFindings: findings }))).toContainEqual({
      file: 'content/probe/findings.yaml',
      message: expect.stringContaining('finding dates: scenario certificate-expired does not resolve fact "cert-revoked"'),
    });
    const tree = structuredClone(real.data.wizardTree!);
    const start = tree.nodes.find((n) => n.id === tree.start)!;
    if (start.kind === 'question') start.choices[0]!.when = { facts: ['cert-too-blue'] };
    expect(checkContent(withData({ wizardTree: tree }))).toContainEqual({
      file: 'content/wizard/tree.yaml',
      message: expect.stringContaining('unknown fact "cert-too-blue"'),
    });
  });

  test('a scenario signal that a vocabulary already reads as a fact the scenario resolves is found', () => {
    const scenario = minimalScenario({ revision: 1, resolves: [{ fact: 'cert-expired', weight: 5 }], signals: [{ type: 'phrase', value: 'certificate has expired', weight: 5 }] });
    const project = {
      ...real,
      parsed: [
        { collection: 'scenarios' as const, lang: 'en' as const, id: 'sample', file: 'content/scenarios/en/sample.mdx', data: scenario, body: '', value: scenario as never },
      ],
    };
    expect(checkContent(project)).toContainEqual({
      file: 'content/scenarios/en/sample.mdx',
      message: 'signal "certificate has expired" is read by the vocabularies as cert-expired, which this scenario resolves: remove the signal (the fact carries it)',
    });
  });

  test('a data file that fails its schema is named, with what is wrong, and the other rules still run', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      cpSync('content', join(root, 'content'), { recursive: true });
      writeFileSync(join(root, 'content/probe/findings.yaml'), '- { finding: dates, scenario: certificate-expired }\n');
      writeFileSync(join(root, 'content/home.json'), JSON.stringify({ commonErrors: ['no-such-error'] }));
      const problems = checkContent(loadProject(root));
      expect(problems).toContainEqual({ file: 'content/probe/findings.yaml', message: expect.stringContaining('finding noTls12 is missing') });
      expect(problems).toContainEqual({ file: 'content/home.json', message: 'common error "no-such-error" has no page in content/errors/' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
