import { buildWizardMachine } from './buildWizardMachine.ts';
import { readTls12Builds, readWizardTree } from './loadWizard.ts';
import { enumerateSteps } from './steps.ts';

/** The tree, build table, machine and step list, read once per build. */
let cached: ReturnType<typeof load> | undefined;
function load() {
  const root = process.cwd();
  const tree = readWizardTree(root);
  const machine = buildWizardMachine(tree);
  return { tree, builds: readTls12Builds(root), machine, steps: enumerateSteps(tree, machine) };
}
export const loadWizardContent = () => (cached ??= load());
