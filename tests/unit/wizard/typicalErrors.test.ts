import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { WizardNode } from '../../../src/schemas/wizard.ts';
import { loadPasteContext } from '../../../src/wizard/loadPasteContext.ts';
import { stepForPaste } from '../../../src/wizard/stepForPaste.ts';

// The search's typical messages pasted into the wizard: where the paste alone carries the wizard to an
// outcome, that outcome must name a scenario the message belongs to (a wrong pre-answer is worse than a question).
const { cases } = JSON.parse(readFileSync('tests/unit/search/typicalErrors.json', 'utf8')) as { cases: { text: string; expected: string[] }[] };
const context = loadPasteContext(process.cwd());
const { tree } = context;
const nodes = new Map<string, WizardNode>(tree.nodes.map((n) => [n.id, n]));

test('a pasted typical error never pre-answers its way to a wrong outcome', () => {
  const wrong: string[] = [];
  let outcomes = 0;
  for (const { text, expected } of cases) {
    const node = nodes.get(stepForPaste(context, text).node);
    if (node?.kind !== 'outcome') continue;
    outcomes++;
    if (!node.scenarios.some((slug) => expected.includes(slug))) wrong.push(`${text.slice(0, 70)} → ${node.scenarios.join('|')} (want ${expected.join('|')})`);
  }
  expect(wrong).toEqual([]);
  expect(outcomes).toBeGreaterThanOrEqual(20);
});
