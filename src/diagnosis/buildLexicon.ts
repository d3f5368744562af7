import type { FailureFact } from '../schemas/failureFacts.ts';
import type { MessageLang, StackVocabulary } from '../schemas/stackVocabulary.ts';
import { markerScripts, shipEntry, shipReader, type LexiconData, type LexiconEntry, type LexiconPack, type LexiconPackMarker, type LexiconProvider } from './lexiconData.ts';
import { nearMinimum } from './lexicon.ts';
import { normalizeCode, toMatchText } from './normalize.ts';

/**
 * Languages whose texts come with every search: English, which every stack prints, and Simplified
 * Chinese, the site's other language and the Windows language pasted most on both sites.
 */
export const baseLangs: readonly MessageLang[] = ['en', 'zh-CN'];

const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The words of a text that can mark its language, with Han and kana runs (which have no spaces) split
 * into characters. Latin words shorter than four letters are left out: `com`, `de`, `la` also turn up in
 * English pastes (`com.microsoft.sqlserver`) and would load packs no one needs. The accented letters of
 * Latin words count too (`é`, `ł`, `ş`): one letter often marks most of a language's messages, where
 * words would take a dozen markers.
 */
export function markerTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of toMatchText(text).trim().split(' ')) {
    if (!word || /^\d+$/.test(word)) continue;
    if (cjkChar.test(word)) {
      for (const char of word) if (cjkChar.test(char)) tokens.push(char);
      continue;
    }
    if (word.length >= (/\p{Script=Latin}/u.test(word) ? 4 : 2)) tokens.push(word);
    for (const char of word) if (accentedLatin.test(char)) tokens.push(char);
  }
  return tokens;
}

/** A Latin letter outside ASCII: a one-letter marker (see markerTokens), matched anywhere in a text. */
const accentedLatin = /^(?![\p{ASCII}])\p{Script=Latin}$/u;

/** The longest message fragment shipped, in words: enough to be specific, short enough to keep the download small. */
const fragmentWords = 6;
/** The same for texts without spaces, in characters (a Chinese message of twelve characters is as specific as six English words). */
const fragmentChars = 10;

/** Adjacent character pairs of a text without its spaces: the units rarity is counted in for CJK texts. */
function charPairs(text: string): string[] {
  const chars = [...text.replace(/ /g, '')];
  return chars.slice(1).map((char, i) => chars[i]! + char);
}

/**
 * The part of a message text that is shipped: the whole text when it is short, otherwise its most
 * telling run of `fragmentWords` words (`fragmentChars` characters for text without spaces) (rarest words across all texts) that
 * no text of another fact contains. A paste that carries the text carries the fragment, so matching is
 * unchanged; the download shrinks by about half. Every text is shipped in the form search matches it
 * in (lower case, punctuation as spaces: toMatchText), which the searcher would make of it anyway and
 * which compresses better; symbolic names (`SEC_E_UNTRUSTED_ROOT`) are not texts and keep their form.
 */
export function createFragmenter(texts: { text: string; fact: string }[]): (text: string, fact: string) => string {
  const words = (text: string) => toMatchText(text).trim().split(' ').filter(Boolean);
  const frequency = new Map<string, number>();
  for (const { text } of texts) for (const word of new Set(words(text))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const others = texts.map(({ text, fact }) => ({ key: ` ${words(text).join(' ')} `, fact, words: new Set(words(text)) }));
  // Texts without spaces (Chinese, Japanese) are cut by characters: the most telling run of
  // `fragmentChars` that no text of another fact contains, rarity counted by character pairs.
  const pairFrequency = new Map<string, number>();
  for (const { text } of texts) for (const pair of new Set(charPairs(toMatchText(text)))) pairFrequency.set(pair, (pairFrequency.get(pair) ?? 0) + 1);
  const cutCjk = (text: string, fact: string): string => {
    const chars = [...toMatchText(text).trim()];
    if (chars.length <= fragmentChars) return chars.join('');
    let best: { window: string; score: number } | undefined;
    for (let start = 0; start + fragmentChars <= chars.length; start++) {
      const window = chars.slice(start, start + fragmentChars).join('');
      if (window.startsWith(' ') || window.endsWith(' ')) continue;
      if (others.some((other) => other.fact !== fact && other.key.includes(window))) continue;
      const score = charPairs(window).reduce((sum, pair) => sum + 1 / (pairFrequency.get(pair) ?? 1), 0);
      if (!best || score > best.score) best = { window, score };
    }
    return best?.window ?? chars.join('');
  };
  return (text, fact) => {
    if (cjkChar.test(text)) return cutCjk(text, fact);
    const list = words(text);
    if (list.length <= fragmentWords) return list.join(' ');
    let best: { window: string; score: number; ownWords: boolean } | undefined;
    for (let start = 0; start + fragmentWords <= list.length; start++) {
      const window = list.slice(start, start + fragmentWords);
      const key = ` ${window.join(' ')} `;
      if (others.some((other) => other.fact !== fact && other.key.includes(key))) continue;
      // A reworded message is recognised by its words in any order (lexicon.ts): a run whose words all
      // occur in another fact's text would be recognised in that text too ("de SSL (Capa de sockets
      // seguros)" in two of the JDBC driver's Spanish messages), so a run with a word of its own is preferred.
      const ownWords = !others.some((other) => other.fact !== fact && window.every((word) => other.words.has(word)));
      const score = window.reduce((sum, word) => sum + 1 / (frequency.get(word) ?? 1), 0);
      if (!best || (ownWords && !best.ownWords) || (ownWords === best.ownWords && score > best.score)) best = { window: window.join(' '), score, ownWords };
    }
    return best?.window ?? list.join(' ');
  };
}

/** Most marker words or characters a pack declares (they ship with every search); the greedy cover usually needs fewer. */
const maxMarkers = 40;

/** A pack while it is built: its entries (not yet shipped) and provider names. */
type PackParts = { entries: LexiconEntry[]; providers: LexiconProvider[] };

/**
 * The part every search downloads (codes, symbolic names, readers, and the message texts and provider
 * names of the base languages) and the packs, from the vocabularies: one per further language, and one per
 * on-demand stack (`onDemand`: its English and Chinese texts that have a word of their own).
 */
export function buildLexicon(vocabularies: StackVocabulary[], facts: FailureFact[]): { data: LexiconData; packs: LexiconPack[] } {
  const isBase = (lang: string) => (baseLangs as readonly string[]).includes(lang);
  const entries: LexiconEntry[] = [];
  const byLang = new Map<string, PackParts>();
  const packOf = (lang: string) => byLang.get(lang) ?? byLang.set(lang, { entries: [], providers: [] }).get(lang)!;
  const providers: LexiconProvider[] = [];
  const fragment = createFragmenter(vocabularies.flatMap((v) => v.entries.flatMap((e) => e.texts.map((t) => ({ text: t.text, fact: e.fact })))));

  // Words of the texts every search ships (an on-demand stack's text that has none of its own stays with
  // them, so these are all the base's words): a pack's markers are chosen among the others.
  const shippedTokens = new Set(
    vocabularies.flatMap((v) => [
      ...(v.onDemand ? [] : v.entries.flatMap((e) => e.texts.filter((t) => isBase(t.lang)).flatMap((t) => markerTokens(t.text)))),
      ...v.providers.flatMap((p) => p.names.filter((n) => isBase(n.lang)).flatMap((n) => markerTokens(n.text))),
    ]),
  );
  const ownsWords = (text: string) => markerTokens(text).some((token) => !shippedTokens.has(token));

  for (const vocabulary of vocabularies) {
    for (const entry of vocabulary.entries) {
      // What ships of a text is its fragment, so a pack's marker must be one of the fragment's words.
      const baseTexts = entry.texts.filter((t) => isBase(t.lang)).map((t) => fragment(t.text, entry.fact));
      const packed = vocabulary.onDemand ? baseTexts.filter(ownsWords) : [];
      const texts = baseTexts.filter((t) => !packed.includes(t));
      entries.push([entry.fact, entry.weight, entry.codes.map(normalizeCode), [...new Set([...entry.names, ...texts])]]);
      if (packed.length) packOf(vocabulary.stack).entries.push([entry.fact, entry.weight, [], packed]);
      for (const text of entry.texts.filter((t) => !isBase(t.lang))) packOf(text.lang).entries.push([entry.fact, entry.weight, [], [fragment(text.text, entry.fact)]]);
    }
    for (const provider of vocabulary.providers) {
      const base = provider.names.filter((n) => isBase(n.lang)).map((n) => n.text);
      if (base.length) providers.push({ id: provider.id, names: base });
      for (const name of provider.names.filter((n) => !isBase(n.lang))) packOf(name.lang).providers.push({ id: provider.id, names: [name.text] });
    }
  }

  // Markers: tokens no base text uses, chosen greedily until every text of the pack holds one (so a paste
  // carrying any of its messages loads it), preferring tokens other languages' texts do not use. A language
  // pack's words about the situation ('sporadisch', 断続的) need no marker of their own: a context fact only
  // counts beside a failure, and the failure's message in that language loads the pack.
  const contextFacts = new Set(facts.filter((f) => f.scope === 'context').map((f) => f.id));
  const stackPacks = new Set(vocabularies.filter((v) => v.onDemand).map((v) => v.stack));
  const textsOf = (id: string, pack: PackParts) => [
    ...pack.entries.filter((e) => stackPacks.has(id) || !contextFacts.has(e[0])).flatMap((e) => e[3]),
    ...pack.providers.flatMap((p) => p.names),
  ];
  const tokensOf = new Map([...byLang].map(([lang, pack]) => [lang, textsOf(lang, pack).map((text) => new Set(markerTokens(text).filter((t) => !shippedTokens.has(t))))]));
  const languagesWith = new Map<string, number>();
  for (const sets of tokensOf.values()) for (const token of new Set(sets.flatMap((set) => [...set]))) languagesWith.set(token, (languagesWith.get(token) ?? 0) + 1);
  const packs: ({ id: string } & PackParts)[] = [];
  const markers: LexiconPackMarker[] = [];
  // A writing system every text of a pack uses and no base text or other pack does is its one marker.
  const baseTexts = [...entries.flatMap((e) => e[3]), ...providers.flatMap((p) => p.names)];
  const ownScript = (lang: string): string | undefined =>
    Object.entries(markerScripts).find(
      ([, script]) =>
        textsOf(lang, byLang.get(lang)!).every((text) => script.test(text)) &&
        !baseTexts.some((text) => script.test(text)) &&
        ![...byLang].some(([other, pack]) => other !== lang && textsOf(other, pack).some((text) => script.test(text))),
    )?.[0];
  for (const [lang, pack] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
    const script = ownScript(lang);
    if (script) {
      packs.push({ id: lang, ...pack });
      markers.push([lang, [`script:${script}`]]);
      continue;
    }
    let uncovered = tokensOf.get(lang)!.filter((set) => set.size);
    const chosen: string[] = [];
    while (uncovered.length && chosen.length < maxMarkers) {
      const gain = new Map<string, number>();
      for (const set of uncovered) for (const token of set) gain.set(token, (gain.get(token) ?? 0) + 1);
      const [best] = [...gain].sort(([a, x], [b, y]) => y / languagesWith.get(b)! - x / languagesWith.get(a)! || a.length - b.length || a.localeCompare(b));
      chosen.push(best![0]);
      uncovered = uncovered.filter((set) => !set.has(best![0]));
    }
    if (!chosen.length) continue;
    packs.push({ id: lang, ...pack });
    markers.push([lang, chosen]);
  }

  const readers = vocabularies.flatMap((v) => v.readers.map(shipReader));
  return {
    data: {
      facts: {
        other: facts.filter((f) => f.scope === 'other').map((f) => f.id),
        context: facts.filter((f) => f.scope === 'context').map((f) => f.id),
        afterHandshake: facts.filter((f) => f.afterHandshake).map((f) => f.id),
        absorbs: facts.flatMap((f) => (f.absorbs ? [[f.id, f.absorbs] as [string, string[]]] : [])),
        alsoOutsideTls: facts.filter((f) => f.alsoOutsideTls).map((f) => f.id),
      },
      entries: withoutRedundantTexts(mergeEntries(entries)).map(shipEntry),
      readers,
      providers,
      packs: markers,
    },
    packs: packs.map((pack): LexiconPack => ({ ...pack, entries: mergeEntries(pack.entries).map(shipEntry) })),
  };
}

/**
 * One entry per fact and weight, its codes and texts together: reading is the same (each code and text
 * says its fact at its weight on its own), and the download is smaller by about a twelfth.
 */
export function mergeEntries(entries: LexiconEntry[]): LexiconEntry[] {
  const merged = new Map<string, LexiconEntry>();
  for (const [fact, weight, codes, texts] of entries) {
    const key = `${fact}|${weight}`;
    const entry = merged.get(key) ?? merged.set(key, [fact, weight, [], []]).get(key)!;
    entry[2].push(...codes.filter((code) => !entry[2].includes(code)));
    entry[3].push(...texts.filter((text) => !entry[3].includes(text)));
  }
  return [...merged.values()].sort(([a, x], [b, y]) => a.localeCompare(b) || y - x);
}

/**
 * Leaves out the texts and codes that can add nothing to reading: a code or text its fact also has at a
 * higher weight (the best reading of a fact counts), and a text that holds a shorter text of the same fact
 * at no lower weight (a paste with the longer holds the shorter), unless the longer could be found reworded
 * (a near match needs five words and weight 2). The shorter must not occur in any other
 * fact's text: a message inside another fact's message is read as part of it (lexicon.ts), so there the
 * longer text is still needed to say its fact.
 */
export function withoutRedundantTexts(entries: LexiconEntry[]): LexiconEntry[] {
  const key = (text: string) => toMatchText(text);
  const inside = (short: string, long: string) => (cjkChar.test(short) ? long.includes(short.trim()) : long.includes(short));
  const all = entries.flatMap(([fact, weight, , texts]) => texts.map((text) => ({ fact, weight, key: key(text) })));
  const best = new Map<string, number>();
  for (const [fact, weight, codes, texts] of entries)
    for (const item of [...codes.map((c) => `code:${c}`), ...texts.map(key)]) best.set(`${fact}|${item}`, Math.max(best.get(`${fact}|${item}`) ?? 0, weight));
  const redundant = (fact: string, weight: number, text: string) => {
    const own = key(text);
    if ((best.get(`${fact}|${own}`) ?? 0) > weight) return true;
    // A text long enough to be found reworded (lexicon.ts, near matches) says its fact where the shorter is missing.
    if (cjkChar.test(own) || (weight >= 2 && own.trim().split(' ').length >= nearMinimum)) return false;
    return all.some(
      (shorter) =>
        shorter.fact === fact &&
        shorter.weight >= weight &&
        shorter.key !== own &&
        inside(shorter.key, own) &&
        !all.some((other) => other.fact !== fact && inside(shorter.key, other.key)),
    );
  };
  return entries
    .map(([fact, weight, codes, texts]): LexiconEntry => [
      fact,
      weight,
      codes.filter((code) => (best.get(`${fact}|code:${code}`) ?? 0) <= weight),
      texts.filter((text) => !redundant(fact, weight, text)),
    ])
    .filter(([, , codes, texts]) => codes.length + texts.length > 0);
}
