import { compileSignal } from '../diagnosis/matchSignals.ts';
import { shipHints } from '../diagnosis/hints.ts';
import type { LexiconData } from '../diagnosis/lexiconData.ts';
import type { DiagnosisHints } from '../schemas/diagnosisHints.ts';
import type { ErrorPage } from '../schemas/errorPage.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { errorPageKeys } from './errorPageKeys.ts';
import { fixesEverFirst } from './fixesEverFirst.ts';
import { docTupleOf, shipSignal, type SearchIndex, type SearchWords } from './searchIndex.ts';

/** Builds a language's search index from scenario content (the single source of truth). */
export function buildSearchIndex(
  lang: Locale,
  scenarios: { slug: string; data: Scenario }[],
  hints: DiagnosisHints,
  lexicon: LexiconData,
  errorPages: { id: string; data: ErrorPage }[],
): SearchIndex {
  return {
    lang,
    hints: shipHints(hints),
    lexicon,
    errorPages: errorPages.map(({ id, data }) => [id, errorPageKeys(data.codes)]),
    docs: scenarios.map(({ slug, data }) =>
      docTupleOf({
        slug,
        summary: data.summary,
        platforms: data.platforms,
        drivers: data.drivers,
        // Phrases ship in the form search matches them in (compileSignal's key): smaller, and the same match.
        signals: data.signals.map((signal) => shipSignal({ ...signal, value: signal.type === 'phrase' || signal.type === 'context' ? compileSignal(signal).key : signal.value })),
        resolves: data.resolves.map(({ fact, weight, onlyWith }) => (onlyWith ? [fact, weight, onlyWith] : [fact, weight])),
        ...(data.situational ? { situational: true as const } : {}),
        ...(data.driverSpecific ? { driverSpecific: true as const } : {}),
        fixes: fixesEverFirst(data.fixes).map((f) => ({
          id: f.id,
          title: f.title,
          platforms: f.platforms,
          ...(f.drivers ? { drivers: f.drivers } : {}),
          risk: f.risk,
        })),
      }),
    ),
  };
}

/**
 * The words of each scenario for fuzzy matching: its title and keywords, check titles and the titles of the fixes
 * the index does not carry (it has those search can open: fixesEverFirst). Misconceptions stay out: their claims
 * are the wrong idea, whose words point at the wrong scenario as often as at the right one.
 */
export function buildSearchWords(scenarios: { slug: string; data: Scenario }[]): SearchWords {
  return {
    titles: Object.fromEntries(scenarios.map(({ slug, data }) => [slug, data.title])),
    keywords: Object.fromEntries(scenarios.filter(({ data }) => data.keywords.length).map(({ slug, data }) => [slug, data.keywords])),
    headings: Object.fromEntries(
      scenarios.map(({ slug, data }) => {
        const inIndex = new Set(fixesEverFirst(data.fixes).map((f) => f.id));
        return [slug, [...data.checks.map((c) => c.title), ...data.fixes.filter((f) => !inIndex.has(f.id)).map((f) => f.title)]];
      }),
    ),
  };
}
