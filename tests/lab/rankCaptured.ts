import { loadSearch } from '../../src/search/loadSearchIndex.ts';
import { firstOrGuided } from '../../src/search/wizardOffer.ts';
import type { Captured } from './runLab.ts';

const searcher = loadSearch(process.cwd(), 'en');

/** The slug the site's own search puts first for a captured text. */
export const topScenario = (text: string) => searcher.search(text).results[0]?.slug;

/**
 * A readable line per attempt whose text does not rank an expected scenario first, or, where the text
 * cannot tell, in the top 3 with the wizard offered (empty when all do).
 */
export function rankingMisses(attempts: Captured[]): string[] {
  return attempts
    .filter((a) => a.expected.length)
    .flatMap((a) => {
      const outcome = searcher.search(a.text);
      const ranked = outcome.results.map((r) => r.slug);
      const top = ranked[0];
      const rank = ranked.findIndex((slug) => a.expected.includes(slug));
      // Only a capture marked top3 (its text cannot tell) may be served by the wizard instead of first place.
      return rank === 0 || (a.top3 && firstOrGuided(rank, outcome))
        ? []
        : [
            `${a.endpoint} / ${a.client}: got ${top ?? '(nothing)'}, want ${a.expected.join('|')}${a.top3 ? ' (in the top 3 with the wizard offered)' : ''}\n    ${a.text.slice(0, 200).replace(/\s+/g, ' ')}`,
          ];
    });
}
