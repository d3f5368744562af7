import { readDataFile } from '../contentModel/dataFiles.ts';
import { compileHints } from '../diagnosis/hints.ts';
import { loadFullLexicon } from '../contentModel/loadLexicon.ts';
import { buildWizardMachine } from './buildWizardMachine.ts';
import type { PasteContext } from './stepForPaste.ts';

/** What the wizard reads a paste with, from the project at `root`, with every language pack loaded (scripts and tests). */
export function loadPasteContext(root: string): PasteContext {
  const tree = readDataFile(root, 'wizardTree');
  return { tree, machine: buildWizardMachine(tree), builds: readDataFile(root, 'tls12Builds'), hints: compileHints(readDataFile(root, 'hints')), lexicon: loadFullLexicon(root) };
}
