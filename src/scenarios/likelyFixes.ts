import { rankFixes } from '../diagnosis/rankFixes.ts';
import type { Fix } from '../schemas/fix.ts';
import type { Driver } from '../schemas/vocabulary.ts';

/** One version of a scenario's "most likely fix" block: the fix to show, its first step's code for these readers. */
export interface LikelyFix {
  fix: Fix;
  /** The drivers (from `?driver=`) this version is for; empty for the version shown to everyone else. */
  drivers: Driver[];
  /** The step shown: the first one with code (or the first), in the words of the fix. */
  text: string;
  /** The code shown under it: the driver's own variant of the fix when it has one. */
  code?: { code: string; lang: string; filename?: string };
}

/**
 * The versions of the block: the fix rankFixes (the ranking search and the wizard use) puts first for each
 * driver the scenario covers, and the first for a reader nobody knows, which never lowers security when
 * another fix exists. Drivers that get the same fix and the same code share one version.
 */
export function likelyFixes(fixes: Fix[], drivers: Driver[]): LikelyFix[] {
  const versions: LikelyFix[] = [];
  const codeFor = (fix: Fix, driver?: Driver) => (driver ? fix.variants?.find((v) => v.driver === driver)?.code : undefined) ?? fix.steps.find((step) => step.code)?.code;
  // The step whose code is shown, so the sentence and the code belong together; a driver variant follows the first step.
  const textFor = (fix: Fix, code: LikelyFix['code']) => (fix.steps.find((step) => step.code && step.code === code) ?? fix.steps[0]!).text;
  const keyOf = (fix: Fix, code: LikelyFix['code']) => `${fix.id}\n${code?.code ?? ''}`;
  const general = rankFixes(fixes, {})[0];
  if (!general) return versions;
  const generalCode = codeFor(general);
  versions.push({ fix: general, drivers: [], text: textFor(general, generalCode), ...(generalCode ? { code: generalCode } : {}) });
  for (const driver of drivers) {
    const fix = rankFixes(fixes, { drivers: [driver] })[0]!;
    const code = codeFor(fix, driver);
    // A driver that would see what everyone sees needs no version of its own.
    if (keyOf(fix, code) === keyOf(general, generalCode)) continue;
    const same = versions.find((v) => v.drivers.length && keyOf(v.fix, v.code) === keyOf(fix, code));
    if (same) same.drivers.push(driver);
    else versions.push({ fix, drivers: [driver], text: textFor(fix, code), ...(code ? { code } : {}) });
  }
  return versions;
}
