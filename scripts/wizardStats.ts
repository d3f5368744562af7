// Answers needed from the start to each outcome, over every path of the decision tree.
import { readDataFile } from '../src/contentModel/dataFiles.ts';
import { buildWizardMachine } from '../src/wizard/buildWizardMachine.ts';
import { enumerateSteps } from '../src/wizard/steps.ts';

const tree = readDataFile(process.cwd(), 'wizardTree');
const outcomes = new Set(tree.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id));
const machine = buildWizardMachine(tree);
const steps = enumerateSteps(tree, machine);
const nodeOf = (path: string[]) => {
  let id = tree.start;
  for (const choice of path) {
    const node = tree.nodes.find((n) => n.id === id);
    id = node?.kind === 'question' ? node.choices.find((c) => c.id === choice)!.next : id;
  }
  return id;
};
const paths = steps.filter((p) => outcomes.has(nodeOf(p))).map((p) => p.length).sort((a, b) => a - b);
const median = paths[Math.floor((paths.length - 1) / 2)]!;
const histogram = paths.reduce((h, n) => h.set(n, (h.get(n) ?? 0) + 1), new Map<number, number>());
console.log(`questions ${tree.nodes.length - outcomes.size}, outcomes ${outcomes.size}, step pages per language ${steps.length}`);
console.log(`paths to an outcome: ${paths.length}; answers median ${median}, max ${paths.at(-1)} (targets: median <= 3, max <= 5)`);
console.log(`answers per path: ${[...histogram].map(([n, c]) => `${n}: ${c}`).join(', ')}`);
process.exit(median <= 3 && paths.at(-1)! <= 5 ? 0 : 1);
