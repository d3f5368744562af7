// Loaded on demand: the wizard data and the machine built from it, shared by the paste box and the 404 page.
import { compileHints } from '../../diagnosis/hints.ts';
import type { DiagnosisHints } from '../../schemas/diagnosisHints.ts';
import type { Tls12Builds, WizardTree } from '../../schemas/wizard.ts';
import { buildWizardMachine } from '../../wizard/buildWizardMachine.ts';

export interface WizardData {
  tree: WizardTree;
  builds: Tls12Builds;
  hints: DiagnosisHints;
}

let loading: Promise<WizardData & { machine: ReturnType<typeof buildWizardMachine>; compiledHints: ReturnType<typeof compileHints> }> | undefined;

export function loadWizardData(url: string) {
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`wizard data: HTTP ${response.status}`);
      return response.json() as Promise<WizardData>;
    })
    .then((data) => ({ ...data, machine: buildWizardMachine(data.tree), compiledHints: compileHints(data.hints) }));
  return loading;
}
