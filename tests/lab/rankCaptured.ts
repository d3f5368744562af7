import { loadSearch } from '../../src/search/loadSearchIndex.ts';
import type { Captured } from './runLab.ts';

const searcher = loadSearch(process.cwd(), 'en');

/** The slug the site's own search puts first for a captured text. */
export const topScenario = (text: string) => searcher.search(text).results[0]?.slug;

/**
 * A readable line per attempt whose text does not rank an expected scenario first, or in the top 3 where
 * the text cannot tell (empty when all do).
 */
export function rankingMisses(attempts: Captured[]): string[] {
  return attempts
    .filter((a) => a.expected.length)
    .flatMap((a) => {
      const ranked = searcher.search(a.text).results.map((r) => r.slug);
      const top = ranked[0];
      return ranked.slice(0, a.top3 ? 3 : 1).some((slug) => a.expected.includes(slug))
        ? []
        : [`${a.endpoint} / ${a.client}: got ${top ?? '(nothing)'}, want ${a.expected.join('|')}\n    ${a.text.slice(0, 200).replace(/\s+/g, ' ')}`];
    });
}
