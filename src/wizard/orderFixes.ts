import type { Driver, Platform } from '../schemas/vocabulary.ts';

export interface FixSummary {
  id: string;
  title: string;
  platforms: Platform[];
  drivers?: Driver[];
  risk: 'safe' | 'caution' | 'lowers-security';
}

/**
 * Orders a scenario's fixes for a reader: the outcome's chosen fixes first (in their order), then
 * fixes for the reader's platform and driver. Fixes that lower security are offered only when no
 * other fix remains (their scenario page shows them, with the warning). Returns the first `limit`.
 */
export function orderFixes<T extends FixSummary>(fixes: T[], first: string[], context: { platforms?: Platform[]; driver?: Driver }, limit = 4): T[] {
  const score = (fix: T) => {
    const chosen = first.indexOf(fix.id);
    return (chosen >= 0 ? 100 - chosen : 0)
      + (context.platforms?.some((p) => fix.platforms.includes(p)) ? 3 : 0)
      + (context.driver && fix.drivers?.includes(context.driver) ? 3 : 0)
      - (context.platforms && !context.platforms.some((p) => fix.platforms.includes(p)) ? 5 : 0)
      - (fix.risk === 'lowers-security' ? 50 : 0);
  };
  const ranked = fixes.map((fix, index) => ({ fix, index, score: score(fix) })).sort((a, b) => b.score - a.score || a.index - b.index).map((x) => x.fix);
  const safer = ranked.filter((fix) => fix.risk !== 'lowers-security');
  return (safer.length ? safer : ranked).slice(0, limit);
}
