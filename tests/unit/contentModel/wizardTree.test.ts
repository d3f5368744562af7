import { describe, expect, test } from 'vitest';
import { readDataFile } from '../../../src/contentModel/dataFiles.ts';
import { articles, loadProject } from '../../../src/contentModel/project.ts';
import { treeProblems } from '../../../src/contentModel/rules/wizardTree.ts';
import type { WizardTree } from '../../../src/schemas/wizard.ts';

const root = process.cwd();
const tree = readDataFile(root, 'wizardTree');
const scenarioFixes = new Map(articles(loadProject(root), 'scenarios', 'en').map((e) => [e.id, new Set(e.value.fixes.map((f) => f.id))]));

describe('treeProblems()', () => {
  test('the real tree is valid', () => {
    expect(treeProblems(tree, scenarioFixes)).toEqual([]);
  });

  const tiny = (): WizardTree => ({
    start: 'q',
    nodes: [
      {
        id: 'q',
        kind: 'question',
        question: { en: 'Q', zh: '问' },
        choices: [
          { id: 'a', label: { en: 'A', zh: '甲' }, next: 'done' },
          { id: 'b', label: { en: 'B', zh: '乙' }, next: 'done' },
        ],
      },
      { id: 'done', kind: 'outcome', scenarios: ['untrusted-certificate'], fixes: [] },
    ],
  });

  test('names the node and choice that lead nowhere', () => {
    const t = tiny();
    (t.nodes[0] as { choices: { next: string }[] }).choices[1]!.next = 'missing';
    expect(treeProblems(t, scenarioFixes)).toContain('node q, choice b: next node missing does not exist');
  });

  test('finds cycles', () => {
    const t = tiny();
    (t.nodes[0] as { choices: { next: string }[] }).choices[1]!.next = 'q';
    expect(treeProblems(t, scenarioFixes).join()).toContain('cycle q → q');
  });

  test('names outcomes with unknown scenarios or fixes', () => {
    const t = tiny();
    t.nodes[1] = { id: 'done', kind: 'outcome', scenarios: ['no-such'], fixes: ['fix-nothing'] };
    expect(treeProblems(t, scenarioFixes)).toEqual(expect.arrayContaining(['node done: scenario no-such does not exist']));
  });

  test('reports scenarios no outcome reaches', () => {
    expect(treeProblems(tiny(), scenarioFixes)).toContain('scenario tls-version-mismatch: no wizard outcome leads to it');
  });
});
