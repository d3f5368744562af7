import { readDataFile } from '../contentModel/dataFiles.ts';
import { compileHints } from '../diagnosis/hints.ts';
import { compileLexicon, addPack } from '../diagnosis/lexicon.ts';
import { loadLexicon } from '../contentModel/loadLexicon.ts';
import { buildWizardMachine } from './buildWizardMachine.ts';
import type { PasteContext } from './stepForPaste.ts';

/** What the wizard reads a paste with, from the project at `root`, with every language pack loaded (scripts and tests). */
export function loadPasteContext(root: string): PasteContext {
  const tree = readDataFile(root, 'wizardTree');
  const { data, packs } = loadLexicon(root);
  const lexicon = compileLexicon(data);
  for (const pack of packs) addPack(lexicon, pack);
  return { tree, machine: buildWizardMachine(tree), builds: readDataFile(root, 'tls12Builds'), hints: compileHints(readDataFile(root, 'hints')), lexicon };
}
