import Fuse, { type IFuseOptions } from 'fuse.js';
import { compileSignal } from '../diagnosis/matchSignals.ts';
import { docOf, readSignal, type SearchIndex, type SearchWords } from './searchIndex.ts';
import { createTokenizer } from './tokenize.ts';

/** Wording similarity of a text (in match form) to each scenario, 0-1 by slug. `typed`: a short query written by hand. */
export type WordMatcher = (matchText: string, typed: boolean) => Map<string, number>;

/**
 * Fuzzy matching costs time per query word, so a query is reduced to at most this many words:
 * a paste keeps its rarest words known to the index (the telling ones), a typed query its first words.
 */
const maxQueryTokens = 8;

interface WordDoc {
  slug: string;
  title: string;
  keywords: string[];
  summary: string;
  signalText: string[];
  headings: string[];
}

const fuseOptions = (tokenize: (text: string) => string[]): IFuseOptions<WordDoc> => ({
  keys: [
    { name: 'title', weight: 3 },
    // What readers type for a topic weighs like the title: it names the page as well.
    { name: 'keywords', weight: 3 },
    { name: 'summary', weight: 2 },
    { name: 'signalText', weight: 2 },
    { name: 'headings', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: false,
  useTokenSearch: true,
  tokenize,
  // Verbatim error texts are not fuzzy-indexed: the phrases scenarios declare match them exactly and
  // cheaply, and fuzzy matching over long texts is what makes a search slow.
  threshold: 0.2,
});

/**
 * Fuzzy matching over the articles' words (fuse.js token search; Chinese segmented with Intl.Segmenter).
 * Kept apart from the searcher: pastes with evidence never need it, so the browser downloads it, and
 * the check and fix titles it reads (`/<lang>/search-words.json`), only for typed queries and pastes without evidence.
 */
export function createWordMatcher(index: SearchIndex, words: SearchWords): WordMatcher {
  const tokenize = createTokenizer(index.lang);
  const docs: WordDoc[] = index.docs.map(docOf).map((doc) => ({
    slug: doc.slug,
    title: words.titles[doc.slug] ?? '',
    keywords: words.keywords[doc.slug] ?? [],
    summary: doc.summary,
    signalText: doc.signals.map((signal) => compileSignal(readSignal(signal)).label),
    // The index already carries the titles of the fixes search can open; the words file has the rest.
    headings: [...doc.fixes.map((fix) => fix.title), ...(words.headings[doc.slug] ?? [])],
  }));
  const fuse = new Fuse(docs, fuseOptions(tokenize));

  // Document frequency of each word, to keep the rarest (most telling) words of a long paste.
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) {
    for (const word of new Set(tokenize([doc.title, ...doc.keywords, doc.summary, ...doc.signalText, ...doc.headings].join(' ').toLowerCase()))) {
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
  }

  return (matchText, typed) => {
    const all = [...new Set(tokenize(matchText.toLowerCase()))];
    // Typed queries keep unknown words for typo tolerance; pastes keep only known words, rarest first.
    const chosen = typed ? all : all.filter((w) => documentFrequency.has(w)).sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)!);
    const query = chosen.slice(0, maxQueryTokens).join(' ');
    const scores = new Map<string, number>();
    if (query) for (const hit of fuse.search(query)) scores.set(hit.item.slug, 1 - (hit.score ?? 1));
    return scores;
  };
}
