// Reads a pasted error with the same diagnosis module and stack vocabularies as search and finds the
// first question the text does not answer, by pre-answering through the same machine that generated the pages.
import { fetchJsonEach } from '../../client/fetchJsonEach.ts';
import { fetchJsonOnce, once } from '../../client/once.ts';
import { addPack, compileLexicon, packsFor, type Lexicon } from '../../diagnosis/lexicon.ts';
import type { LexiconData, LexiconPack } from '../../diagnosis/lexiconData.ts';
import { toMatchText } from '../../diagnosis/normalize.ts';
import { maxReadChars } from '../../diagnosis/analyzeError.ts';
import { resolvePath } from '../resolvePath.ts';
import { stepForPaste as pastedStep } from '../stepForPaste.ts';
import { loadWizardData } from './wizardData.ts';

/** The base vocabularies, compiled once per page; the language packs a paste needs are added to it as they come. */
async function lexiconFor(lexiconBase: string, text: string): Promise<Lexicon> {
  const lexicon = await once(`lexicon:${lexiconBase}`, () => fetchJsonOnce<LexiconData>(`${lexiconBase}base.json`).then(compileLexicon));
  const urls = packsFor(lexicon, toMatchText(text.slice(0, maxReadChars))).map((id) => `${lexiconBase}${encodeURIComponent(id)}.json`);
  // A pack that cannot be fetched is left out: the paste is still read in the base languages.
  for (const pack of await fetchJsonEach<LexiconPack>(urls)) addPack(lexicon, pack);
  return lexicon;
}

export async function stepForPaste(dataUrl: string, lexiconBase: string, text: string): Promise<{ path: string[]; driver?: string; build?: { build: string; verdict: string } }> {
  const [data, lexicon] = await Promise.all([loadWizardData(dataUrl), lexiconFor(lexiconBase, text)]);
  const step = pastedStep({ ...data, hints: data.compiledHints, lexicon }, text);
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
