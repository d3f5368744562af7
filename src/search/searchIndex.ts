import type { LexiconData } from '../diagnosis/lexiconData.ts';
import type { Signal } from '../schemas/signal.ts';
import type { ShippedHints } from '../diagnosis/hints.ts';
import type { Driver, Locale, Platform, Risk } from '../schemas/vocabulary.ts';

/**
 * A scenario signal in the index: its type's letter, its weight and its value in one string
 * (`p3do not possess a common algorithm`, `c447072`). Two fixed characters instead of a JSON array
 * and a type name: about 0.15 KB gzip less in every download of the index, which is near its budget.
 */
export type ShippedSignal = string;

const letterOfType = { phrase: 'p', code: 'c', provider: 'v', context: 'x' } as const satisfies Record<Signal['type'], string>;
const typeOfLetter = Object.fromEntries(Object.entries(letterOfType).map(([type, letter]) => [letter, type])) as Record<string, Signal['type']>;

export const shipSignal = ({ type, value, weight }: Signal): ShippedSignal => `${letterOfType[type]}${weight}${value}`;

export const readSignal = (shipped: ShippedSignal): Signal => ({ type: typeOfLetter[shipped[0]!]!, weight: Number(shipped[1]), value: shipped.slice(2) });

/** One fix as search needs it: enough to point a result at the most relevant fix. */
export interface SearchFix {
  id: string;
  title: string;
  platforms: Platform[];
  drivers?: Driver[];
  risk: Risk;
}

/**
 * One scenario in the search index of a language. Built from content at build time. Its title is not in
 * the index: the search page carries the titles it shows, and the words file those fuzzy matching reads.
 */
export interface SearchDoc {
  slug: string;
  summary: string;
  platforms: Platform[];
  drivers: Driver[];
  /** As the content declares them, in their shipped form (ShippedSignal: a smaller download); the searcher compiles them once on load. */
  signals: ShippedSignal[];
  /** Failure facts this scenario resolves, with weights (scenario frontmatter `resolves`), as `[fact, weight]`, and the context facts one of which must be stated for it to count. */
  resolves: [fact: string, weight: number, onlyWith?: string[]][];
  /** Its facts count only when the text names its situation (scenario frontmatter `situational`). */
  situational?: true;
  /** A paste that names only drivers it does not list ranks it lower (scenario frontmatter `driverSpecific`). */
  driverSpecific?: true;
  fixes: SearchFix[];
}

/** A fix as the index ships it: `[id, title, platforms, risk, drivers?]` (positional: a smaller download than keyed objects). */
export type FixTuple = [id: string, title: string, platforms: Platform[], risk: Risk, drivers?: Driver[]];

/** A scenario as the index ships it, positional like its signals; `docOf` reads it back. */
export type DocTuple = [
  slug: string,
  summary: string,
  platforms: Platform[],
  drivers: Driver[],
  signals: ShippedSignal[],
  resolves: SearchDoc['resolves'],
  fixes: FixTuple[],
  /** 1: situational, 2: driver-specific (bits; absent when neither). */
  flags?: number,
];

const fixTupleOf = (fix: SearchFix): FixTuple => [fix.id, fix.title, fix.platforms, fix.risk, ...(fix.drivers ? [fix.drivers] : [])] as FixTuple;

const situationalFlag = 1;
const driverSpecificFlag = 2;

export const docTupleOf = (doc: SearchDoc): DocTuple => {
  const flags = (doc.situational ? situationalFlag : 0) | (doc.driverSpecific ? driverSpecificFlag : 0);
  return [doc.slug, doc.summary, doc.platforms, doc.drivers, doc.signals, doc.resolves, doc.fixes.map(fixTupleOf), ...(flags ? [flags] : [])] as DocTuple;
};

/** A shipped scenario as the searcher and the word matcher read it. */
export const docOf = ([slug, summary, platforms, drivers, signals, resolves, fixes, flags = 0]: DocTuple): SearchDoc => ({
  slug,
  summary,
  platforms,
  drivers,
  signals,
  resolves,
  fixes: fixes.map(([id, fixTitle, fixPlatforms, risk, fixDrivers]) => ({ id, title: fixTitle, platforms: fixPlatforms, risk, ...(fixDrivers ? { drivers: fixDrivers } : {}) })),
  ...(flags & situationalFlag ? { situational: true as const } : {}),
  ...(flags & driverSpecificFlag ? { driverSpecific: true as const } : {}),
});

/** The per-language index file served as /<lang>/search-index.json and used by tests and benchmarks. */
export interface SearchIndex {
  lang: Locale;
  /** The scenarios, positional (see docOf). */
  docs: DocTuple[];
  hints: ShippedHints;
  /** The stack vocabularies' base part; further languages are packs at `/lexicon/<lang>.json`. */
  lexicon: LexiconData;
  /** Error pages and the read codes that open them (`ssl:31`, `sni:31`, `0x80090325`), positional like the scenarios. */
  errorPages: [id: string, keys: string[]][];
}

/** The words of each article for fuzzy matching (`/<lang>/search-words.json`), loaded only when wording counts (see createWordMatcher). */
export interface SearchWords {
  /** The scenarios' titles, by slug (the index leaves them out; see SearchDoc). */
  titles: Record<string, string>;
  /** The words readers type for a topic (a scenario's `keywords`), by scenario slug. */
  keywords: Record<string, string[]>;
  /** Check titles and the fix titles the index does not carry, by scenario slug. */
  headings: Record<string, string[]>;
}
