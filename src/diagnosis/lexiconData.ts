import type { FactScope } from '../schemas/failureFacts.ts';
import type { CodeReader } from '../schemas/stackVocabulary.ts';

/**
 * The stack vocabularies as the browser downloads them (built from content/diagnosis by
 * src/diagnosis/buildLexicon.ts): compact, without sources, and split by language so a paste
 * downloads only the message texts of the languages it is written in.
 */

/** One way a stack says a fact: `[fact id, weight 1-5, codes, names and texts]`. */
export type LexiconEntry = [fact: string, weight: number, codes: string[], texts: string[]];

/**
 * An entry as the index and the packs ship it: `fact|weight|codes joined by spaces|text|text…`. One string
 * instead of nested arrays is about 0.2 KB gzip less in every download of the index, which is near its
 * budget. Codes never hold a space, and no code or text holds `|` (shipEntry refuses one that does).
 */
export type ShippedEntry = string;

export function shipEntry([fact, weight, codes, texts]: LexiconEntry): ShippedEntry {
  const bad = [fact, ...codes, ...texts].find((part) => part.includes('|')) ?? codes.find((code) => code.includes(' '));
  if (bad !== undefined) throw new Error(`lexicon: "${bad}" (fact ${fact}) cannot ship: a code holds no space, and nothing holds "|"`);
  return [fact, weight, codes.join(' '), ...texts].join('|');
}

export function readEntry(shipped: ShippedEntry): LexiconEntry {
  const [fact = '', weight = '0', codes = '', ...texts] = shipped.split('|');
  return [fact, Number(weight), codes ? codes.split(' ') : [], texts];
}

/**
 * A reader from a vocabulary: a pattern whose one capture becomes `code` with `$1` replaced; `1` last when
 * the capture is a bitmask of flags. Positional, like the entries: keys would ship with every search.
 */
export type LexiconReader = [pattern: string, code: string, bitmask?: 1];

/** A vocabulary's reader as the lexicon ships it (its example stays in the content). */
export function shipReader({ pattern, code, bitmask }: CodeReader): LexiconReader {
  return bitmask ? [pattern, code, 1] : [pattern, code];
}

/** SNI provider names in the languages of a pack or base. */
export interface LexiconProvider {
  id: string;
  names: string[];
}

/** The message texts of one more language (`de`, `ja`), loaded when a paste needs them. */
export interface LexiconPack {
  id: string;
  entries: ShippedEntry[];
  providers: LexiconProvider[];
}

/**
 * What tells that a paste may carry a pack's messages: words, or for scripts without spaces characters,
 * that its texts use; or one writing system (`script:Hangul`) that every text of the pack uses and no
 * base language does, which says it in one marker instead of dozens.
 */
export type LexiconPackMarker = [id: string, markers: string[]];

/** Writing systems a marker may name (`script:<name>`): each belongs to few Windows display languages. */
export const markerScripts = {
  Hangul: /\p{Script=Hangul}/u,
  Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
} as const;
export type MarkerScript = keyof typeof markerScripts;

/** Whether a marker names a writing system, and which. */
export function markerScript(marker: string): RegExp | undefined {
  return marker.startsWith('script:') ? markerScripts[marker.slice(7) as MarkerScript] : undefined;
}

/** The part every search downloads: codes, symbolic names, readers, the base languages' texts and provider names, pack markers. */
export interface LexiconData {
  /**
   * The ids of facts outside TLS and of context facts (every other fact is a handshake failure), of those
   * outside TLS that follow a handshake, the handshake failures a fact read strongly absorbs, and the handshake
   * failures that say only that the connection ended (failureFacts.ts).
   */
  facts: Record<Exclude<FactScope, 'tls'>, string[]> & { afterHandshake: string[]; absorbs?: [fact: string, absorbed: string[]][]; alsoOutsideTls?: string[] };
  entries: ShippedEntry[];
  readers: LexiconReader[];
  providers: LexiconProvider[];
  packs: LexiconPackMarker[];
}
