// Reads a pasted error with the same diagnosis module as search and finds the first question the text
// does not answer, by pre-answering through the same machine that generated the pages.
import { analyzeError } from '../../diagnosis/analyzeError.ts';
import { classifySqlBuild } from '../../diagnosis/classifySqlBuild.ts';
import { preAnswer } from '../../wizard/preAnswer.ts';
import { resolvePath } from '../../wizard/resolvePath.ts';
import { loadWizardData } from './wizardData.ts';

export async function stepForPaste(dataUrl: string, text: string): Promise<{ path: string[]; driver?: string; build?: { build: string; verdict: string } }> {
  const data = await loadWizardData(dataUrl);
  const signature = analyzeError(text, data.compiledHints);
  const sqlBuild = classifySqlBuild(text, data.builds);
  const step = resolvePath(data.machine, preAnswer(data.tree, { signature, ...(sqlBuild ? { sqlBuild } : {}) }));
  return {
    path: step.path,
    ...(signature.drivers[0] ? { driver: signature.drivers[0].id } : {}),
    ...(sqlBuild ? { build: { build: sqlBuild.build, verdict: sqlBuild.verdict } } : {}),
  };
}

/** For a stale or garbage wizard URL: the nearest valid step, replayed through the machine. */
export async function nearestStep(dataUrl: string, segments: string[]): Promise<string[]> {
  const data = await loadWizardData(dataUrl);
  return resolvePath(data.machine, segments).path;
}
