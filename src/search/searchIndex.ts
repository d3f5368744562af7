import type { CompiledSignal } from '../diagnosis/matchSignals.ts';
import type { DiagnosisHints } from '../schemas/diagnosisHints.ts';
import type { Driver, Locale, Platform, Side } from '../schemas/vocabulary.ts';

/** One fix as search needs it: enough to point a result at the most relevant fix. */
export interface SearchFix {
  id: string;
  title: string;
  platforms: Platform[];
  drivers?: Driver[];
  lowersSecurity: boolean;
}

/** One scenario in the search index of a language. Built from content at build time. */
export interface SearchDoc {
  slug: string;
  title: string;
  summary: string;
  side: Side;
  platforms: Platform[];
  drivers: Driver[];
  signals: CompiledSignal[];
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
