import { rankFixes, type RankableFix } from '../diagnosis/rankFixes.ts';
import { drivers as allDrivers, platforms as allPlatforms, type Driver, type Platform } from '../schemas/vocabulary.ts';

/**
 * The fixes rankFixes can put first for some reader: the only fixes search ever opens, so the only ones
 * the search index carries (a third of them: the index every paste downloads stays small as scenarios
 * grow). A reader's platforms count as a set, so every subset is tried; for drivers one at a time is
 * enough, because several drivers open the earliest fix that matches any of them, which is the one that
 * driver alone opens.
 */
export function fixesEverFirst<T extends RankableFix>(fixes: T[]): T[] {
  const platformSets = allPlatforms.reduce<Platform[][]>((sets, p) => [...sets, ...sets.map((set) => [...set, p])], [[]]);
  const driverSets: Driver[][] = [[], ...allDrivers.map((d) => [d])];
  const first = new Set<string>();
  for (const platforms of platformSets) for (const drivers of driverSets) first.add(rankFixes(fixes, { platforms, drivers })[0]?.id ?? '');
  return fixes.filter((fix) => first.has(fix.id));
}
