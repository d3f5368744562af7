// Reads a pasted error with the same diagnosis module as search and finds the first question the text
// does not answer, by pre-answering through the same machine that generated the pages.
import { resolvePath } from '../resolvePath.ts';
import { stepForPaste as pastedStep } from '../stepForPaste.ts';
import { loadWizardData } from './wizardData.ts';

export async function stepForPaste(dataUrl: string, text: string): Promise<{ path: string[]; driver?: string; build?: { build: string; verdict: string } }> {
  const data = await loadWizardData(dataUrl);
  const step = pastedStep({ ...data, hints: data.compiledHints, lexicon: data.compiledLexicon }, text);
  return {
    path: step.path,
    ...(step.signature.drivers[0] ? { driver: step.signature.drivers[0].id } : {}),
    ...(step.sqlBuild ? { build: { build: step.sqlBuild.build, verdict: step.sqlBuild.verdict } } : {}),
  };
}

/** For a stale or garbage wizard URL: the nearest valid step, replayed through the machine. */
export async function nearestStep(dataUrl: string, segments: string[]): Promise<string[]> {
  const data = await loadWizardData(dataUrl);
  return resolvePath(data.machine, segments).path;
}
