// Answers needed from the start to each outcome, over every path of the decision tree.
import { readDataFile } from '../src/contentModel/dataFiles.ts';
import { maxAnswers } from '../src/schemas/wizard.ts';
import { buildWizardMachine } from '../src/wizard/buildWizardMachine.ts';
import { resolvePath } from '../src/wizard/resolvePath.ts';
import { enumerateSteps } from '../src/wizard/steps.ts';

/** Median answers per path the wizard aims for (the maximum is the content rule's `maxAnswers`). */
const medianTarget = 3;

const tree = readDataFile(process.cwd(), 'wizardTree');
const outcomes = new Set(tree.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id));
const machine = buildWizardMachine(tree);
const steps = enumerateSteps(tree, machine);
const paths = steps
  .filter((p) => outcomes.has(resolvePath(machine, p).node))
  .map((p) => p.length)
  .sort((a, b) => a - b);
const median = paths[Math.floor((paths.length - 1) / 2)]!;
const histogram = paths.reduce((h, n) => h.set(n, (h.get(n) ?? 0) + 1), new Map<number, number>());
console.log(`questions ${tree.nodes.length - outcomes.size}, outcomes ${outcomes.size}, step pages per language ${steps.length}`);
console.log(`paths to an outcome: ${paths.length}; answers median ${median}, max ${paths.at(-1)} (targets: median <= ${medianTarget}, max <= ${maxAnswers})`);
console.log(`answers per path: ${[...histogram].map(([n, c]) => `${n}: ${c}`).join(', ')}`);
process.exit(median <= medianTarget && paths.at(-1)! <= maxAnswers ? 0 : 1);
