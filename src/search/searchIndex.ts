import type { Signal } from '../schemas/signal.ts';
import type { DiagnosisHints } from '../schemas/diagnosisHints.ts';
import type { Driver, Locale, Platform, Risk, Side } from '../schemas/vocabulary.ts';

/** One fix as search needs it: enough to point a result at the most relevant fix. */
export interface SearchFix {
  id: string;
  title: string;
  platforms: Platform[];
  drivers?: Driver[];
  risk: Risk;
}

/** One scenario in the search index of a language. Built from content at build time. */
export interface SearchDoc {
  slug: string;
  title: string;
  summary: string;
  side: Side;
  platforms: Platform[];
  drivers: Driver[];
  /** As the content declares them; the searcher compiles them once on load (smaller download). */
  signals: Signal[];
  /** Check and fix titles, misconceptions: the words of the article. */
  headings: string[];
  fixes: SearchFix[];
}

/** The per-language index file served as /<lang>/search-index.json and used by tests and benchmarks. */
export interface SearchIndex {
  lang: Locale;
  docs: SearchDoc[];
  hints: DiagnosisHints;
}
