import { analyzeError, type ErrorSignature } from '../diagnosis/analyzeError.ts';
import { classifySqlBuild, type SqlBuildVerdict } from '../diagnosis/classifySqlBuild.ts';
import type { CompiledHints } from '../diagnosis/hints.ts';
import type { Lexicon } from '../diagnosis/lexicon.ts';
import type { Tls12Builds, WizardTree } from '../schemas/wizard.ts';
import type { WizardMachine } from './buildWizardMachine.ts';
import { preAnswer } from './preAnswer.ts';
import { resolvePath, type ResolvedStep } from './resolvePath.ts';

/** What pre-answering needs: the tree, the machine built from it, the build table, the compiled hints and the stack vocabularies. */
export interface PasteContext {
  tree: WizardTree;
  machine: WizardMachine;
  builds: Tls12Builds;
  hints: CompiledHints;
  lexicon: Lexicon;
}

export interface PastedStep extends ResolvedStep {
  signature: ErrorSignature;
  sqlBuild?: SqlBuildVerdict;
}

/**
 * Reads pasted text with the search's diagnosis, answers every question it answers and replays those
 * answers through the machine: the step the wizard opens for a paste. The page, the evaluation script
 * and the tests all call this, so they cannot drift apart.
 */
export function stepForPaste(context: PasteContext, text: string): PastedStep {
  const signature = analyzeError(text, context.hints, context.lexicon);
  const sqlBuild = classifySqlBuild(text, context.builds);
  const step = resolvePath(context.machine, preAnswer(context.tree, { signature, ...(sqlBuild ? { sqlBuild } : {}) }));
  return { ...step, signature, ...(sqlBuild ? { sqlBuild } : {}) };
}
