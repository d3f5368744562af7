// Loaded on demand: the wizard data and the machine built from it, shared by the paste box and the 404 page.
import { fetchJson, once } from '../../client/once.ts';
import { compileHints, type ShippedHints } from '../../diagnosis/hints.ts';
import type { Tls12Builds, WizardTree } from '../../schemas/wizard.ts';
import { buildWizardMachine } from '../buildWizardMachine.ts';

export interface WizardData {
  tree: WizardTree;
  builds: Tls12Builds;
  hints: ShippedHints;
}

/** The wizard data with the machine and hints built from it, once per page (a failed load is retried on next use). */
export function loadWizardData(url: string) {
  return once(`wizard:${url}`, () =>
    fetchJson<WizardData>(url).then((data) => ({
      ...data,
      machine: buildWizardMachine(data.tree),
      compiledHints: compileHints(data.hints),
    })),
  );
}
