import type { DiagnosisHints } from '../schemas/diagnosisHints.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { inlineToPlainText } from '../contentModel/inlineMarkdown.ts';
import type { SearchIndex } from './searchIndex.ts';

/** Builds a language's search index from scenario content (the single source of truth). */
export function buildSearchIndex(lang: Locale, scenarios: { slug: string; data: Scenario }[], hints: DiagnosisHints): SearchIndex {
  return {
    lang,
    hints,
    docs: scenarios.map(({ slug, data }) => ({
      slug,
      title: data.title,
      summary: data.summary,
      side: data.side,
      platforms: data.platforms,
      drivers: data.drivers,
      signals: data.signals,
      headings: [...data.checks.map((c) => c.title), ...data.fixes.map((f) => f.title), ...data.misconceptions.map((m) => inlineToPlainText(m.claim))],
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
