import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { tls12BuildsSchema, wizardTreeSchema } from '../schemas/wizard.ts';

export const treeFile = 'content/wizard/tree.yaml';
export const buildsFile = 'content/wizard/tls12-builds.yaml';

/** Reads and schema-checks the decision tree (build time and Node scripts). */
export function readWizardTree(root: string) {
  return wizardTreeSchema.parse(parseYaml(readFileSync(join(root, treeFile), 'utf8')));
}

/** Reads and schema-checks the TLS 1.2 build table. */
export function readTls12Builds(root: string) {
  return tls12BuildsSchema.parse(parseYaml(readFileSync(join(root, buildsFile), 'utf8')));
}
