// Language packs of the stack vocabularies, fetched when a paste is written in their language
// (src/diagnosis/buildLexicon.ts says how a pack's markers are chosen). Search's worker and the
// wizard's paste box both use this; a pack that fails to load is simply not used for that paste.
import { fetchJsonOnce } from '../../client/once.ts';
import { addPack, packsFor, type Lexicon } from '../lexicon.ts';
import type { LexiconPack } from '../lexiconData.ts';
import { toMatchText } from '../normalize.ts';

/** Adds to `lexicon` every pack `text` may need, from `<baseUrl><lang>.json`; resolves when they are in (or failed). */
export async function loadPacksFor(lexicon: Lexicon, text: string, baseUrl: string): Promise<void> {
  const needed = packsFor(lexicon, toMatchText(text.slice(0, 60_000)));
  const packs = await Promise.all(needed.map((id) => fetchJsonOnce<LexiconPack>(`${baseUrl}${encodeURIComponent(id)}.json`).catch(() => undefined)));
  for (const pack of packs) if (pack) addPack(lexicon, pack);
}
