import { rankFixes } from '../diagnosis/rankFixes.ts';
import type { Fix } from '../schemas/fix.ts';
import type { Driver } from '../schemas/vocabulary.ts';

/** A safer fix to name in a lowered-security fix's warning, as `<slug>#<fix-id>`; `drivers` when it is one driver's own. */
export interface SaferChoice {
  ref: string;
  drivers?: Driver[];
}

/**
 * The safer fixes a lowered-security fix's warning points at: first the one the content names
 * (`saferAlternative`, for every reader), then, for each driver with a safe fix of its own in the same
 * scenario (a fix that declares that driver), that fix, so a JDBC reader is sent to the Java trust store
 * rather than to the Windows one. Drivers sent to the same fix share one choice. No choice is made up:
 * a driver without a fix of its own keeps the named one.
 */
export function saferAlternatives(fix: Fix, fixes: Fix[], slug: string): SaferChoice[] {
  if (!fix.saferAlternative) return [];
  const general = fix.saferAlternative.includes('#') ? fix.saferAlternative : `${slug}#${fix.saferAlternative}`;
  const safe = fixes.filter((other) => other.risk !== 'lowers-security' && other.drivers?.length);
  const byFix = new Map<string, Driver[]>();
  for (const driver of new Set(safe.flatMap((other) => other.drivers ?? []))) {
    const own = rankFixes(
      safe.filter((other) => other.drivers!.includes(driver)),
      { drivers: [driver] },
    )[0];
    if (!own || `${slug}#${own.id}` === general) continue;
    byFix.set(own.id, [...(byFix.get(own.id) ?? []), driver]);
  }
  return [{ ref: general }, ...[...byFix].map(([id, drivers]) => ({ ref: `${slug}#${id}`, drivers }))];
}
