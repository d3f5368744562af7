import { describe, expect, test } from 'vitest';
import { readDataFile } from '../../../../src/contentModel/dataFiles.ts';
import { articles, readArticles } from '../../../../src/contentModel/project.ts';
import { windowsClientFindingIds } from '../../../../src/ids/windowsClientFindings.ts';
import { loadWindowsClientFindings } from '../../../../src/probe/windowsClient/loadWindowsClientFindings.ts';
import { sources } from '../../../../src/probe/windowsClient/registryKeys.ts';

// content/probe/windows-client-findings.yaml against the rest of the knowledge base: every finding points
// at a scenario that exists in both languages and resolves the fact it names, cites a page the collector
// cites, and says it in one or two sentences per language.

const root = process.cwd();
const meanings = loadWindowsClientFindings(root);
const project = readArticles(root);
const scenarios = (lang: 'en' | 'zh') => new Map(articles(project, 'scenarios', lang).map((entry) => [entry.id, entry.value]));
const [en, zh] = [scenarios('en'), scenarios('zh')];
const facts = new Set(readDataFile(root, 'facts').facts.map((fact) => fact.id));

/** Sentence ends: a full stop, question or exclamation mark followed by a space or the end (not "4.6" or "KB3135244."). */
const sentences = (text: string, lang: 'en' | 'zh') => (lang === 'en' ? text.split(/[.!?](?=\s|$)/) : text.split(/[。！？]/)).filter((part) => part.trim()).length;

describe('windows-client-findings.yaml', () => {
  test.each(windowsClientFindingIds.map((id) => [id]))('%s points at a scenario that resolves its fact', (id) => {
    const meaning = meanings[id];
    expect(meaning, `${id} has no entry`).toBeDefined();
    expect(facts, `fact ${meaning.fact}`).toContain(meaning.fact);
    expect(zh.has(meaning.scenario), `zh/${meaning.scenario}`).toBe(true);
    const scenario = en.get(meaning.scenario);
    expect(scenario, `en/${meaning.scenario}`).toBeDefined();
    expect(scenario!.resolves.map((r) => r.fact)).toContain(meaning.fact);
  });

  test.each(windowsClientFindingIds.map((id) => [id]))('%s cites a page the collector cites, in one or two sentences per language', (id) => {
    const meaning = meanings[id];
    expect(Object.values(sources)).toContain(meaning.source);
    expect(sentences(meaning.message.en, 'en')).toBeLessThanOrEqual(2);
    expect(sentences(meaning.message.zh, 'zh')).toBeLessThanOrEqual(2);
    expect(meaning.message.en).not.toMatch(/\p{Script=Han}/u);
    expect(meaning.message.zh).toMatch(/\p{Script=Han}/u);
  });
});
