import { describe, expect, test } from 'vitest';
import { parseMdx, type RawEntry } from '../../../src/contentModel/readContentFiles.ts';
import { validateContent } from '../../../src/contentModel/validateContent.ts';
import { minimalScenario } from './fixtures.ts';

/** A consistent pair of twins; each test breaks one thing. */
function twins(): RawEntry[] {
  const en = minimalScenario({ revision: 1 });
  const zh = minimalScenario({ translatedRevision: 1, title: '示例场景' });
  return [
    { collection: 'scenarios', lang: 'en', id: 'sample', file: 'content/scenarios/en/sample.mdx', data: en, body: '' },
    { collection: 'scenarios', lang: 'zh', id: 'sample', file: 'content/scenarios/zh/sample.mdx', data: zh, body: '' },
  ];
}

describe('validateContent()', () => {
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
    expect(validateContent(entries).map((p) => p.message).join()).toContain('fixes[0].code[0]');
  });

  test('fails on a reference to a scenario that does not exist', () => {
    const entries = twins();
    for (const entry of entries) (entry.data as ReturnType<typeof minimalScenario>).related = ['no-such-scenario'];
    expect(validateContent(entries)).toContainEqual({ file: 'content/scenarios/en/sample.mdx', message: 'related scenario no-such-scenario does not exist' });
  });

  test('fails when required frontmatter is missing, naming the field', () => {
    const entries = twins();
    delete (entries[0]!.data as Partial<ReturnType<typeof minimalScenario>>).summary;
    expect(validateContent(entries)).toContainEqual(expect.objectContaining({ file: 'content/scenarios/en/sample.mdx', message: expect.stringMatching(/^summary:/) }));
  });

  test('requires a warning and a safer alternative on fixes that lower security', () => {
    const entries = twins();
    for (const entry of entries) (entry.data as ReturnType<typeof minimalScenario>).fixes[0]!.risk = 'lowers-security';
    expect(validateContent(entries).map((p) => p.message).join()).toContain('needs `warning` and `saferAlternative`');
  });

  test('requires a fix for every platform the scenario lists', () => {
    const entries = twins();
    for (const entry of entries) (entry.data as ReturnType<typeof minimalScenario>).platforms.push('macos');
    expect(validateContent(entries)).toContainEqual(expect.objectContaining({ message: 'no fix applies to platform macos, which the scenario lists' }));
  });

  test('flags a translation that claims a newer revision than the English page', () => {
    const entries = twins();
    (entries[1]!.data as { translatedRevision: number }).translatedRevision = 2;
    expect(validateContent(entries)).toContainEqual(expect.objectContaining({ file: 'content/scenarios/zh/sample.mdx', message: expect.stringContaining('newer than the English revision') }));
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
});
