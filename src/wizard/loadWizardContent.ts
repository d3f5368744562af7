import { loadDataFile } from '../contentModel/dataFiles.ts';
import { buildWizardMachine } from './buildWizardMachine.ts';
import { enumerateSteps } from './steps.ts';

/** The tree, build table, machine and step list, read once per build. */
let cached: ReturnType<typeof load> | undefined;
function load() {
  const tree = loadDataFile('wizardTree');
  const machine = buildWizardMachine(tree);
  return { tree, builds: loadDataFile('tls12Builds'), machine, steps: enumerateSteps(tree, machine) };
}
export const loadWizardContent = () => (cached ??= load());
