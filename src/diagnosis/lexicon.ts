import { markerScript, readEntry, type LexiconData, type LexiconPack, type LexiconProvider, type ShippedEntry } from './lexiconData.ts';
import type { FactScope } from '../schemas/failureFacts.ts';
import { containsPhrase, escapeRegExp, isCjkPhrase, normalizeCode, toMatchText } from './normalize.ts';

/** A fact read from a paste: how strongly (the best entry's weight) and what said it. */
export interface FactHit {
  fact: string;
  scope: FactScope;
  weight: number;
  /** The code, name or text that matched, as the vocabulary writes it. */
  label: string;
}

interface Says {
  fact: string;
  weight: number;
  label: string;
}

/** The vocabularies prepared for reading pastes; packs of further languages are added as pastes need them. */
export interface Lexicon {
  scopes: Map<string, FactScope>;
  /** Failures outside TLS that follow a handshake (login, Windows authentication). */
  afterHandshake: Set<string>;
  /** Handshake failures whose reading a fact read strongly takes over (facts.yaml `absorbs`). */
  absorbs: Map<string, string[]>;
  /** Handshake failures that say only that the connection ended, stalled or failed (facts.yaml `alsoOutsideTls`). */
  alsoOutsideTls: Set<string>;
  byCode: Map<string, Says[]>;
  /**
   * Message texts in match form, with their words (or character pairs) for quick rejection and near
   * matching; a pack's texts also with their pack's own counts of those units (see unitFrequency).
   */
  phrases: (Says & { key: string; units: string[]; packFrequency?: Map<string, number> })[];
  readers: { regex: RegExp; code: string; bitmask: boolean }[];
  /** Provider name in match form → provider id; and one pattern finding any of them. */
  providerIds: Map<string, string>;
  providerPattern: RegExp | undefined;
  packs: { id: string; markers: string[] }[];
  loaded: Set<string>;
  /**
   * In how many base messages each word or character pair occurs: rare units weigh more in near matches.
   * A pack's message counts the base and its own pack, never other packs, so the packs a session happened
   * to load before do not change how a paste is read.
   */
  unitFrequency: Map<string, number>;
}

function addEntries(lexicon: Lexicon, entries: ShippedEntry[], packFrequency?: Map<string, number>): void {
  const counts = packFrequency ?? lexicon.unitFrequency;
  for (const [fact, weight, codes, texts] of entries.map(readEntry)) {
    for (const code of codes) {
      const list = lexicon.byCode.get(code) ?? [];
      list.push({ fact, weight, label: code });
      lexicon.byCode.set(code, list);
    }
    for (const text of texts) {
      const key = toMatchText(text).trim();
      if (!key) continue;
      const units = nearUnits(key);
      lexicon.phrases.push({ fact, weight, label: text, key, units, ...(packFrequency ? { packFrequency } : {}) });
      for (const unit of new Set(units)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
    }
  }
}

function addProviders(lexicon: Lexicon, providers: LexiconProvider[]): void {
  for (const provider of providers) for (const name of provider.names) lexicon.providerIds.set(collapse(name).toLowerCase(), provider.id);
  // Longest first, so `SSL Provider` is not read as a shorter name it contains.
  const names = [...lexicon.providerIds.keys()].sort((a, b) => b.length - a.length);
  lexicon.providerPattern = names.length ? new RegExp(names.map(escapeRegExp).join('|'), 'giu') : undefined;
}

/** Whitespace runs (spaces, tabs, line breaks, no-break spaces) as one space: patterns then never meet a run. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

export function compileLexicon(data: LexiconData): Lexicon {
  const lexicon: Lexicon = {
    scopes: new Map<string, FactScope>([...data.facts.other.map((id) => [id, 'other'] as const), ...data.facts.context.map((id) => [id, 'context'] as const)]),
    afterHandshake: new Set(data.facts.afterHandshake),
    absorbs: new Map(data.facts.absorbs ?? []),
    alsoOutsideTls: new Set(data.facts.alsoOutsideTls),
    byCode: new Map(),
    phrases: [],
    readers: data.readers.map(([pattern, code, bitmask]) => ({ regex: new RegExp(pattern, 'giu'), code, bitmask: !!bitmask })),
    providerIds: new Map(),
    providerPattern: undefined,
    packs: data.packs.map(([id, markers]) => ({ id, markers })),
    loaded: new Set(),
    unitFrequency: new Map(),
  };
  addEntries(lexicon, data.entries);
  addProviders(lexicon, data.providers);
  return lexicon;
}

/** Adds a language pack (its texts and provider names). */
export function addPack(lexicon: Lexicon, pack: LexiconPack): void {
  if (lexicon.loaded.has(pack.id)) return;
  lexicon.loaded.add(pack.id);
  addEntries(lexicon, pack.entries, new Map());
  addProviders(lexicon, pack.providers);
}

/** A lexicon compiled with every language pack added: how build-time code reads a paste in any language. */
export function compileWithPacks(data: LexiconData, packs: LexiconPack[]): Lexicon {
  const lexicon = compileLexicon(data);
  for (const pack of packs) addPack(lexicon, pack);
  return lexicon;
}

/** The packs a text may need that are not loaded yet: those whose marker words or characters it contains. */
export function packsFor(lexicon: Lexicon, matchText: string): string[] {
  return (
    lexicon.packs
      .filter((pack) => !lexicon.loaded.has(pack.id))
      // A one-character marker (a Han character, an accented letter) counts anywhere; a word, as a word.
      .filter((pack) =>
        pack.markers.some((marker) => markerScript(marker)?.test(matchText) ?? ([...marker].length === 1 ? matchText.includes(marker) : containsPhrase(matchText, marker))),
      )
      .map((pack) => pack.id)
  );
}

/**
 * Codes the vocabularies' readers find in a (collapsed) text: `x509:10`, and for a bitmask each set bit,
 * `gnutls-status:0x400`. With `said`, each code's first match is recorded there, so that an answer can
 * quote the reader's own words (`verify error:num=10`), not the code.
 */
export function readVocabularyCodes(text: string, lexicon: Lexicon, said?: Map<string, string>): string[] {
  const codes: string[] = [];
  for (const reader of lexicon.readers) {
    for (const match of text.matchAll(reader.regex)) {
      const found = codesOf(reader, match[1]);
      codes.push(...found);
      if (said) for (const code of found) if (!said.has(code)) said.set(code, match[0].trim());
    }
  }
  return codes;
}

/** What one match of a reader says: its named code, its captured number as a code, or a bitmask's set bits. */
function codesOf(reader: Lexicon['readers'][number], value: string | undefined): string[] {
  // A named code (no `$1`): the pattern itself is the message.
  if (!reader.code.includes('$1')) return [reader.code];
  if (!value) return [];
  if (!reader.bitmask) return [reader.code.replace('$1', normalizeCode(value))];
  let mask = Number(value);
  if (!Number.isSafeInteger(mask) || mask <= 0) return [];
  const bits: string[] = [];
  for (let bit = 1; mask > 0 && bit <= 2 ** 31; bit *= 2) {
    if (mask % (bit * 2) >= bit) {
      bits.push(reader.code.replace('$1', `0x${bit.toString(16)}`));
      mask -= bit;
    }
  }
  return bits;
}

/**
 * Share of a message's words (or, without spaces, character pairs) a paste must hold to count as a
 * reworded copy of it, each unit weighted by its rarity among all messages: missing `the` costs little,
 * missing `revoked` fails the match.
 */
const nearShare = 0.8;
/**
 * Share of a message's units, counted plainly, a paste must also hold: one rare word (`list` in Node's
 * "is not in the cert's list", which a Python traceback's `get_user_list` also holds) must not carry a
 * near match on its own when most of the message's words are missing.
 */
const nearCountShare = 0.6;
/** Messages shorter than this (in words or character pairs) must match exactly: a few common words prove nothing. */
export const nearMinimum = 5;
const cjkPair = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;
/**
 * Words longer than `stemChars` that differ from a word of the paste only in their ending (they share
 * at least `stemChars` first letters and `stemPrefixShare` of the shorter word, and are of about the same
 * length: `stemLengthRatio`) count, in a near match,
 * as `stemShare` of a word found: another inflection of the same word (Turkish güvenilmeyen / güvenilir,
 * Russian выпущена / выпущены, Polish zaufany / zaufanym) in another Windows build's wording. Words
 * that only begin alike are not the same word (`remote` and `remotecertificatenamemismatch`,
 * `remotecertificatenamemismatch` and `remotecertificatechainerrors`). Only near matches use it; a verbatim message still needs every word.
 */
const stemChars = 6;
const stemShare = 0.75;
const stemPrefixShare = 0.75;
const stemLengthRatio = 0.6;

/** A reworded message's words lie within this many words per word of the message, plus `nearSlack` (a translation is longer or shorter). */
const nearSpread = 2;
const nearSlack = 4;

/**
 * The shortest stretch of `words` that holds each of `wanted` once (Infinity when one is missing), in
 * words, or, with `at` (each word's position), from the first word's position to the last's.
 */
function windowOf(wanted: string[], words: string[], at?: number[]): number {
  const need = new Set(wanted);
  const held = new Map<string, number>();
  let best = Infinity;
  let start = 0;
  for (let end = 0; end < words.length; end++) {
    const word = words[end]!;
    if (!need.has(word)) continue;
    held.set(word, (held.get(word) ?? 0) + 1);
    while (held.size === need.size) {
      best = Math.min(best, at ? at[end]! - at[start]! + 1 : end - start + 1);
      const first = words[start++]!;
      const left = held.get(first);
      if (left === undefined) continue;
      if (left === 1) held.delete(first);
      else held.set(first, left - 1);
    }
  }
  return best;
}

/**
 * The weight of a phrase's units found in the phrase's order in `sequence` (the paste's words, or its CJK
 * character pairs): a longest common subsequence, weighted. `standsFor[i]` maps each token that stands
 * for unit i (the unit itself, or a word differing only in its ending) to what it weighs.
 */
function inOrderWeight(standsFor: Map<string, number>[], sequence: string[]): number {
  const best = new Array<number>(standsFor.length + 1).fill(0);
  for (const token of sequence) {
    // best[i]: the most weight the first i units reach in order within the tokens read so far.
    let diagonal = 0;
    for (let i = 1; i <= standsFor.length; i++) {
      const above = best[i]!;
      const weight = standsFor[i - 1]!.get(token) ?? 0;
      best[i] = Math.max(above, best[i - 1]!, weight > 0 ? diagonal + weight : 0);
      diagonal = above;
    }
  }
  return best[standsFor.length]!;
}

/** A text's pairs of adjacent CJK characters in order, with the character position of each. */
function cjkPairsAt(text: string): { pairs: string[]; at: number[] } {
  const chars = [...text];
  const pairs: string[] = [];
  const at: number[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    if (cjkPair.test(pair)) {
      pairs.push(pair);
      at.push(i);
    }
  }
  return { pairs, at };
}

/** The units near-matching counts: words, and for text without spaces, pairs of adjacent characters. */
function nearUnits(key: string): string[] {
  if (!isCjkPhrase(key)) return key.split(' ').filter((w) => w.length > 1);
  return cjkPairsAt(key).pairs;
}

/** Where a phrase (in match-text form) occurs in a paste's match text: [start, end) of each occurrence. */
function spansOf(matchText: string, key: string): [number, number][] {
  const core = key.trim();
  const needle = isCjkPhrase(core) ? core : ` ${core} `;
  const offset = isCjkPhrase(core) ? 0 : 1;
  const spans: [number, number][] = [];
  for (let at = matchText.indexOf(needle); at >= 0; at = matchText.indexOf(needle, at + 1)) spans.push([at + offset, at + offset + core.length]);
  return spans;
}

/** The text with the given spans left out (a space in each place), built in one pass however many spans a long paste has. */
function textOutside(text: string, spans: [number, number][]): string {
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start > from) parts.push(text.slice(from, start));
    from = Math.max(from, end);
  }
  parts.push(text.slice(from));
  return parts.join(' ');
}

/**
 * The facts the codes and text of a paste state, strongest first; a fact found several ways counts its
 * best entry. A message found reworded (most of its words, in any order: another Windows build's or a
 * translation's wording) counts one weight less than found verbatim.
 */
export function readFacts(codes: string[], matchText: string, lexicon: Lexicon): FactHit[] {
  const best = new Map<string, Says>();
  const consider = (says: Says) => {
    const current = best.get(says.fact);
    if (!current || says.weight > current.weight) best.set(says.fact, says);
  };
  for (const code of codes) for (const says of lexicon.byCode.get(code) ?? []) consider(says);
  // The paste's words (and, when it has CJK text, its character pairs): a message whose words are not all
  // there cannot be in it, which spares most substring searches over a long paste.
  const unitsOf = (text: string) => {
    const found = new Set(text.split(' '));
    if (cjkPair.test(text)) for (const pair of nearUnits(text.replace(/ /g, ''))) found.add(pair);
    return found;
  };
  const units = unitsOf(matchText);
  const verbatim: { phrase: Lexicon['phrases'][number]; spans: [number, number][] }[] = [];
  const rest: Lexicon['phrases'] = [];
  for (const phrase of lexicon.phrases) {
    // Where its words are all there, the phrase's occurrences say whether it is: one search, not two.
    const spans = phrase.units.every((unit) => units.has(unit)) ? spansOf(matchText, phrase.key) : [];
    if (spans.length) verbatim.push({ phrase, spans });
    else rest.push(phrase);
  }
  // A message found inside a longer message of another fact is part of that message, not a statement of
  // its own: OpenSSL's 'unsupported protocol' inside SqlClient's 'returned an invalid or unsupported
  // protocol version during login negotiation'. It counts only where it also stands outside every such message.
  for (const { phrase, spans } of verbatim) {
    const inside = (span: [number, number]) =>
      verbatim.some(
        (other) => other.phrase.fact !== phrase.fact && other.phrase.key.length > phrase.key.length && other.spans.some(([start, end]) => start <= span[0] && span[1] <= end),
      );
    if (!spans.every(inside)) consider(phrase);
  }
  // Rewordings are looked for in the text outside the whole messages found verbatim: their words belong
  // to those messages, not to a reworded copy of another one. (Short fragments found verbatim keep their
  // words: a reworded message may well contain them.)
  const messages = verbatim.filter(({ phrase }) => phrase.units.length >= nearMinimum);
  const nearText = messages.length
    ? textOutside(
        matchText,
        messages.flatMap(({ spans }) => spans),
      )
    : matchText;
  const nearUnitsFound = messages.length ? unitsOf(nearText) : units;
  let nearWords: string[] | undefined;
  let nearPairs: ReturnType<typeof cjkPairsAt> | undefined;
  const rarity = (unit: string, phrase: Lexicon['phrases'][number]) => 1 / ((lexicon.unitFrequency.get(unit) ?? 0) + (phrase.packFrequency?.get(unit) ?? 0) || 1);
  let stems: Map<string, string[]> | undefined;
  const sharedStart = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  /** The paste's words that differ from `unit` only in their ending (see stemChars). */
  const stemWords = (unit: string): string[] => {
    if (unit.length <= stemChars || isCjkPhrase(unit)) return [];
    if (!stems) {
      stems = new Map();
      for (const word of nearUnitsFound)
        if (word.length >= stemChars && !isCjkPhrase(word)) stems.set(word.slice(0, stemChars), [...(stems.get(word.slice(0, stemChars)) ?? []), word]);
    }
    return (stems.get(unit.slice(0, stemChars)) ?? []).filter(
      (word) =>
        sharedStart(word, unit) >= stemPrefixShare * Math.min(word.length, unit.length) &&
        Math.min(word.length, unit.length) >= stemLengthRatio * Math.max(word.length, unit.length),
    );
  };
  for (const phrase of rest) {
    if (phrase.weight < 2 || phrase.units.length < nearMinimum) continue;
    const present = phrase.units.filter((unit) => nearUnitsFound.has(unit));
    const total = phrase.units.reduce((sum, unit) => sum + rarity(unit, phrase), 0);
    let found = present.reduce((sum, unit) => sum + rarity(unit, phrase), 0);
    // Cheap bound first: even with every missing word found by its stem, can the share be reached?
    if ((found + (total - found) * stemShare) / total < nearShare) continue;
    // Each unit with the paste's words that stand for it and what they weigh: itself, or words that differ
    // only in their ending (counted at stemShare); the order check below reads the same.
    const standsFor = phrase.units.map((unit) =>
      nearUnitsFound.has(unit) ? new Map([[unit, rarity(unit, phrase)]]) : new Map(stemWords(unit).map((word) => [word, stemShare * rarity(unit, phrase)])),
    );
    let count = present.length;
    phrase.units.forEach((unit, i) => {
      if (!nearUnitsFound.has(unit) && standsFor[i]!.size) {
        found += stemShare * rarity(unit, phrase);
        count++;
      }
    });
    if (found / total < nearShare || count < nearCountShare * phrase.units.length) continue;
    // A rewording must say more than a message found verbatim: 'self-signed certificate' alone is not
    // 'self-signed certificate in certificate chain' reworded, whose telling words are the missing ones.
    if (verbatim.some(({ phrase: found }) => present.every((unit) => found.units.includes(unit)))) continue;
    // A reworded message is still one sentence: its words stand together, not scattered over a long paste
    // ('encryption', 'not', 'supported', 'SQL Server' each occur somewhere in many TLS pastes). In CJK the
    // same holds for its character pairs: a Japanese message's common ending (が失敗しました) and a word
    // from another sentence do not make it.
    let sequence: string[];
    if (isCjkPhrase(phrase.key)) {
      // Positions in the text without its spaces, as the paste's pairs are read (unitsOf).
      nearPairs ??= cjkPairsAt(nearText.replace(/ /g, ''));
      if (windowOf(present, nearPairs.pairs, nearPairs.at) > nearSpread * phrase.units.length + nearSlack) continue;
      sequence = nearPairs.pairs;
    } else if (windowOf(present, (sequence = nearWords ??= nearText.split(' '))) > nearSpread * phrase.units.length + nearSlack) continue;
    // And it keeps its order: another build's or a translation's sentence says its words in the sequence the
    // message does, while words gathered from neighbouring sentences seldom are ('request' in 'Request id'
    // before 'the application' is not 'the application requested encryption but the ...').
    if (inOrderWeight(standsFor, sequence) / total < nearShare) continue;
    consider({ fact: phrase.fact, weight: phrase.weight - 1, label: `≈ ${phrase.label}` });
  }
  // A failure read strongly takes over the readings of the handshake failures that share its messages
  // (Kerberos's SEC_E_WRONG_PRINCIPAL beside `Cannot generate SSPI context` is not a certificate's name).
  for (const [fact, absorbed] of lexicon.absorbs) if ((best.get(fact)?.weight ?? 0) >= absorbingWeight) for (const other of absorbed) best.delete(other);
  return [...best.values()].map((says) => ({ ...says, scope: lexicon.scopes.get(says.fact) ?? 'tls' })).sort((a, b) => b.weight - a.weight || a.fact.localeCompare(b.fact));
}

/** From this weight a fact absorbs the handshake failures it declares (a code alone, weight 2, does not). */
const absorbingWeight = 4;
