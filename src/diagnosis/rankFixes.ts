import type { Driver, Platform, Risk } from '../schemas/vocabulary.ts';

/** What ranking needs of a fix (scenario fixes, search-index fixes and wizard outcomes all have it). */
export interface RankableFix {
  id: string;
  platforms: Platform[];
  /** Omitted: the fix applies to every driver. */
  drivers?: Driver[];
  risk: Risk;
}

/** What is known of the reader: from a paste (search) or from answers (wizard). */
export interface Reader {
  platforms?: Platform[];
  drivers?: Driver[];
  /** Fix ids to put first, in this order (a wizard outcome's choice). */
  first?: string[];
}

/**
 * Orders a scenario's fixes for a reader: the named fixes first, then fixes for the reader's platform
 * and driver; fixes for another platform sink. Fixes that lower security are left out while any other
 * fix remains (the scenario page shows them, with their warning). Search opens the first; the wizard
 * lists the first few: one ranking, so both recommend the same fix to the same reader.
 */
export function rankFixes<T extends RankableFix>(fixes: T[], reader: Reader): T[] {
  const platforms = reader.platforms?.length ? reader.platforms : undefined;
  const drivers = reader.drivers ?? [];
  const first = reader.first ?? [];
  const score = (fix: T) => {
    const named = first.indexOf(fix.id);
    const forPlatform = platforms?.some((p) => fix.platforms.includes(p));
    return (named >= 0 ? 100 - named : 0) + (forPlatform ? 3 : 0) - (platforms && !forPlatform ? 5 : 0) + (fix.drivers && drivers.some((d) => fix.drivers!.includes(d)) ? 3 : 0);
  };
  const ranked = fixes
    .map((fix, index) => ({ fix, index, score: score(fix) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.fix);
  const safer = ranked.filter((fix) => fix.risk !== 'lowers-security');
  return safer.length ? safer : ranked;
}
