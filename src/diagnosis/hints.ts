import type { DiagnosisHints } from '../schemas/diagnosisHints.ts';
import type { Driver, Platform } from '../schemas/vocabulary.ts';

/** Driver and platform hints with their patterns compiled once. */
export interface CompiledHints {
  drivers: { id: Driver; patterns: RegExp[] }[];
  platforms: { platforms: Platform[]; why: string; patterns: RegExp[] }[];
}

export function compileHints(hints: DiagnosisHints): CompiledHints {
  const compile = (sources: string[]) => sources.map((source) => new RegExp(source, 'iu'));
  return {
    drivers: hints.drivers.map((d) => ({ id: d.id, patterns: compile(d.patterns) })),
    platforms: hints.platforms.map((p) => ({ platforms: p.platforms, why: p.why, patterns: compile(p.patterns) })),
  };
}

export interface DetectedDriver {
  id: Driver;
  /** e.g. "18" for ODBC Driver 18, when the text says. */
  version?: string;
}

/** Drivers named in the text, in the order of the hint list (most specific first). */
export function detectDrivers(text: string, hints: CompiledHints): DetectedDriver[] {
  const found: DetectedDriver[] = [];
  for (const driver of hints.drivers) {
    for (const pattern of driver.patterns) {
      const match = pattern.exec(text);
      if (match) {
        found.push(match[1] ? { id: driver.id, version: match[1] } : { id: driver.id });
        break;
      }
    }
  }
  return found;
}

/** Platforms the text points to, with the reasons. Several hints may fire; the union is returned. */
export function detectPlatforms(text: string, hints: CompiledHints): { platforms: Platform[]; reasons: string[] } {
  const platforms = new Set<Platform>();
  const reasons: string[] = [];
  for (const hint of hints.platforms) {
    if (hint.patterns.some((p) => p.test(text))) {
      hint.platforms.forEach((p) => platforms.add(p));
      reasons.push(hint.why);
    }
  }
  return { platforms: [...platforms], reasons };
}
