import type { LexiconData } from '../diagnosis/lexiconData.ts';
import type { DiagnosisHints } from '../schemas/diagnosisHints.ts';
import type { ErrorPage } from '../schemas/errorPage.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { inlineToPlainText } from '../contentModel/inlineMarkdown.ts';
import { errorPageKeys } from './errorPageKeys.ts';
import type { SearchIndex, SearchWords } from './searchIndex.ts';

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
    hints,
    lexicon,
    errorPages: errorPages.map(({ id, data }) => ({ id, title: data.title, keys: errorPageKeys(data.codes) })),
    docs: scenarios.map(({ slug, data }) => ({
      slug,
      title: data.title,
      summary: data.summary,
      side: data.side,
      platforms: data.platforms,
      drivers: data.drivers,
      signals: data.signals.map((signal) => [signal.type, signal.value, signal.weight]),
      resolves: data.resolves,
      fixes: data.fixes.map((f) => ({
        id: f.id,
        title: f.title,
        platforms: f.platforms,
        ...(f.drivers ? { drivers: f.drivers } : {}),
        risk: f.risk,
      })),
    })),
  };
}

/** The words of each scenario for fuzzy matching: check and fix titles, misconceptions. */
export function buildSearchWords(scenarios: { slug: string; data: Scenario }[]): SearchWords {
  return {
    headings: Object.fromEntries(
      scenarios.map(({ slug, data }) => [
        slug,
        [...data.checks.map((c) => c.title), ...data.fixes.map((f) => f.title), ...data.misconceptions.map((m) => inlineToPlainText(m.claim))],
      ]),
    ),
  };
}
