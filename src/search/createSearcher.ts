import Fuse, { type IFuseOptions } from 'fuse.js';
import { analyzeError, type ErrorSignature } from '../diagnosis/analyzeError.ts';
import { compileHints } from '../diagnosis/hints.ts';
import { collectEvidence, compileSignal } from '../diagnosis/matchSignals.ts';
import { rankFixes } from '../diagnosis/rankFixes.ts';
import type { SearchDoc, SearchIndex } from './searchIndex.ts';
import { createTokenizer } from './tokenize.ts';

/** Why a result matched, shown under it: a code, a phrase, the driver, the platform. */
export interface MatchReason {
  kind: 'provider' | 'code' | 'phrase' | 'driver' | 'platform' | 'text';
  label: string;
}

export interface SearchResult {
  slug: string;
  title: string;
  summary: string;
  score: number;
  reasons: MatchReason[];
  /** The fix to open first for this reader's driver and platform. */
  fix?: { id: string; title: string };
}

export interface SearchOutcome {
  results: SearchResult[];
  signature: ErrorSignature;
  /** True when the text carried a code or phrase a scenario declares (not only word similarity). */
  hasEvidence: boolean;
  /** True when two or more scenarios have such evidence and score about equally: a question must tell them apart. */
  ambiguous: boolean;
}

/**
 * Fuzzy matching costs time per query word, so a query is reduced to at most this many words:
 * a paste keeps its rarest words known to the index (the telling ones), a typed query its first words.
 */
const maxQueryTokens = 8;

// Weights of the score parts. Declared evidence dominates; context and text similarity order
// scenarios with equal evidence and carry queries that have no codes at all.
const textWeight = 3;
const platformMatch = 0.5;
const platformMismatch = -3;
const driverMatch = 0.5;
/**
 * The runner-up's score, as a share of the leader's, from which the text alone does not decide between
 * them (a bare 10054 or error 31: about 0.8; a name-mismatch error against its runner-up: 0.25).
 */
const ambiguityRatio = 0.6;

const fuseOptions = (tokenize: (text: string) => string[]): IFuseOptions<Omit<SearchDoc, 'signals'> & { signalText: string[] }> => ({
  keys: [
    { name: 'title', weight: 3 },
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

/** Prepares a language's index for querying; the same code runs in the browser, tests and benchmarks. */
export function createSearcher(index: SearchIndex) {
  const hints = compileHints(index.hints);
  const tokenize = createTokenizer(index.lang);
  const docs = index.docs.map((doc) => {
    const signals = doc.signals.map(compileSignal);
    return { ...doc, signals, signalText: signals.map((s) => s.label) };
  });
  const fuse = new Fuse(docs, fuseOptions(tokenize));

  // Document frequency of each word, to keep the rarest (most telling) words of a long paste.
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) {
    const words = new Set(tokenize([doc.title, doc.summary, ...doc.signalText, ...doc.headings].join(' ').toLowerCase()));
    for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }

  const fuzzyQuery = (text: string): string => {
    const words = [...new Set(tokenize(text.toLowerCase()))];
    const known = words.filter((w) => documentFrequency.has(w));
    // Short typed queries keep unknown words for typo tolerance; pastes keep only known words.
    const chosen = text.length <= 120 ? words : known.sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)!);
    return chosen.slice(0, maxQueryTokens).join(' ');
  };

  return {
    search(query: string): SearchOutcome {
      const signature = analyzeError(query, hints);
      const textScores = new Map<string, number>();
      const fuzzy = fuzzyQuery(signature.matchText);
      if (fuzzy) for (const hit of fuse.search(fuzzy)) textScores.set(hit.item.slug, 1 - (hit.score ?? 1));

      const evidenced = new Set<string>();
      const results: SearchResult[] = [];
      for (const doc of docs) {
        const evidence = collectEvidence(signature, doc.signals);
        if (evidence.length) evidenced.add(doc.slug);
        const text = textScores.get(doc.slug) ?? 0;
        if (!evidence.length && text <= 0) continue;

        const reasons: MatchReason[] = evidence.slice(0, 4).map((e) => ({ kind: e.type, label: e.label }));
        let score = evidence.reduce((sum, e) => sum + e.weight, 0) + textWeight * text;
        const driver = signature.drivers.find((d) => doc.drivers.includes(d.id));
        if (driver) {
          score += driverMatch;
          reasons.push({ kind: 'driver', label: driver.version ? `${driver.id}@${driver.version}` : driver.id });
        }
        if (signature.platforms.length) {
          const shared = signature.platforms.filter((p) => doc.platforms.includes(p));
          score += shared.length ? platformMatch : platformMismatch;
          if (shared.length && evidence.length) reasons.push({ kind: 'platform', label: shared.join('/') });
        }
        if (!evidence.length) reasons.push({ kind: 'text', label: '' });
        const [fix] = rankFixes(doc.fixes, { platforms: signature.platforms, drivers: signature.drivers.map((d) => d.id) });
        results.push({ slug: doc.slug, title: doc.title, summary: doc.summary, score, reasons, ...(fix ? { fix: { id: fix.id, title: fix.title } } : {}) });
      }
      results.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
      const ranked = results.filter((r) => r.score > 0);
      const [first, second] = ranked.filter((r) => evidenced.has(r.slug));
      const ambiguous = !!first && !!second && second.score >= ambiguityRatio * first.score;
      return { results: ranked, signature, hasEvidence: evidenced.size > 0, ambiguous };
    },
  };
}
