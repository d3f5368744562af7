// For every case of the development set: start the wizard from the pasted text (same diagnosis and
// machine as the site), then count the answers still needed to reach an outcome naming a labelled scenario.
import { existsSync, readFileSync } from 'node:fs';
import { loadPasteContext } from '../src/wizard/loadPasteContext.ts';
import { stepForPaste } from '../src/wizard/stepForPaste.ts';

interface Case {
  id: string;
  text: string;
  labels: string[];
}
const root = process.cwd();
const file = process.argv[2] ?? '../shared/corpus/dev.json';
if (!existsSync(file)) {
  console.error(`${file} is not here (the development set sits beside the repository on the team's machines): give a set, e.g. npm run eval:wizard -- tests/corpus/heldout.json`);
  process.exit(2);
}
const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];
const context = loadPasteContext(root);
const { tree } = context;
const nodes = new Map(tree.nodes.map((n) => [n.id, n]));

/** Fewest answers from a node to an outcome that names one of the labels (undefined if none). */
function answersTo(id: string, labels: string[]): number | undefined {
  const node = nodes.get(id)!;
  if (node.kind === 'outcome') return node.scenarios.some((s) => labels.includes(s)) ? 0 : undefined;
  const below = node.choices.map((c) => answersTo(c.next, labels)).filter((n): n is number => n !== undefined);
  return below.length ? 1 + Math.min(...below) : undefined;
}

const counts: number[] = [];
let unreachable = 0;
for (const c of cases) {
  const step = stepForPaste(context, c.text);
  const { path } = step;
  const fromHere = answersTo(step.node, c.labels);
  // If the inferred answers went the wrong way, the reader changes them: count a restart from the top plus one.
  const answers = fromHere ?? (answersTo(tree.start, c.labels) ?? NaN) + 1;
  if (fromHere === undefined) unreachable++;
  counts.push(answers);
  console.log(
    `${c.id} pre-answered ${path.length} (${path.join('/') || '-'}) → ${Number.isNaN(answers) ? 'unreachable' : `${answers} more answer(s)`}${fromHere === undefined ? ' [inferred path missed; restart]' : ''}`,
  );
}
const sorted = counts.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
console.log(
  `\n${cases.length} cases: every case reachable: ${sorted.length === cases.length}; answers after the paste median ${sorted[Math.floor((sorted.length - 1) / 2)]}, max ${sorted.at(-1)}; inferred path missed in ${unreachable}`,
);
process.exit(sorted.length === cases.length ? 0 : 1);
