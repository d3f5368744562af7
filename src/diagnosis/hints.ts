import type { DiagnosisHints } from '../schemas/diagnosisHints.ts';
import type { Driver, Platform } from '../schemas/vocabulary.ts';
import { compareVersions } from './versions.ts';

/** A context fact a driver implies, as shipped to the browser (without its source and reason). */
export interface ShippedImplication {
  fact: string;
  since?: string;
  withoutVersion?: boolean;
  platforms?: Platform[];
  unless?: string[];
}

/** The hints as the browser downloads them: content/diagnosis/hints.yaml without sources and reasons. */
export interface ShippedHints {
  drivers: { id: Driver; patterns: string[]; implies?: ShippedImplication[] }[];
  /** `why` stays in the content: nothing in the browser shows it. */
  platforms: { platforms: Platform[]; why?: string; patterns: string[] }[];
  situations?: { fact: string; weight?: number; patterns: string[] }[];
}

/** Strips what only the content needs (sources, reasons) from the hints: they ship with every search and wizard. */
export function shipHints(hints: DiagnosisHints): ShippedHints {
  return {
    drivers: hints.drivers.map(({ id, patterns, implies }) => ({
      id,
      patterns,
      ...(implies.length
        ? {
            implies: implies.map(({ fact, since, withoutVersion, platforms, unless }) => ({
              fact,
              ...(withoutVersion ? { withoutVersion } : {}),
              ...(since ? { since } : {}),
              ...(platforms ? { platforms } : {}),
              ...(unless ? { unless } : {}),
            })),
          }
        : {}),
    })),
    platforms: hints.platforms.map(({ platforms, patterns }) => ({ platforms, patterns })),
    // The default weight (4) is left out: the index ships with every search.
    ...(hints.situations.length ? { situations: hints.situations.map(({ fact, weight, patterns }) => ({ fact, patterns, ...(weight === 4 ? {} : { weight }) })) } : {}),
  };
}

/** Driver and platform hints with their patterns compiled once. */
export interface CompiledHints {
  drivers: { id: Driver; patterns: RegExp[]; implies: (ShippedImplication & { unlessPatterns: RegExp[] })[] }[];
  platforms: { platforms: Platform[]; why: string; patterns: RegExp[] }[];
  situations: { fact: string; weight: number; patterns: RegExp[] }[];
}

export function compileHints(hints: ShippedHints): CompiledHints {
  const compile = (sources: string[]) => sources.map((source) => new RegExp(source, 'iu'));
  return {
    drivers: hints.drivers.map((d) => ({ id: d.id, patterns: compile(d.patterns), implies: (d.implies ?? []).map((i) => ({ ...i, unlessPatterns: compile(i.unless ?? []) })) })),
    platforms: hints.platforms.map((p) => ({ platforms: p.platforms, why: p.why ?? '', patterns: compile(p.patterns) })),
    situations: (hints.situations ?? []).map((s) => ({ fact: s.fact, weight: s.weight ?? 4, patterns: compile(s.patterns) })),
  };
}

export interface DetectedDriver {
  id: Driver;
  /** e.g. "18" for ODBC Driver 18, when the text says. */
  version?: string;
}

/** A driver the text names, with the hint entry that named it (its implications are that entry's). */
export interface NamedDriver {
  driver: DetectedDriver;
  entry: CompiledHints['drivers'][number];
}

/**
 * Drivers named in the text, in the order the text names them: the failing client's error comes first,
 * a driver the reader tried beside it later ("pyodbc from the same host works"), and the first one is
 * the driver the results' links and fixes are for. Several entries may name one driver id (dbatools and
 * the sqlcmd utility are both `sqlcmd`, with different version histories): the first entry in the hint
 * list (most specific first) that matches speaks for it.
 */
export function nameDrivers(text: string, hints: CompiledHints): NamedDriver[] {
  const found: (NamedDriver & { at: number })[] = [];
  for (const entry of hints.drivers) {
    if (found.some((named) => named.driver.id === entry.id)) continue;
    for (const pattern of entry.patterns) {
      const match = pattern.exec(text);
      if (match) {
        found.push({ driver: match[1] ? { id: entry.id, version: match[1] } : { id: entry.id }, entry, at: match.index });
        break;
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A context fact read from a named driver: which, and the driver (with its version) that implies it. */
export interface ImpliedFact {
  fact: string;
  /** `odbc@18`, or the bare id when the text gave no version. */
  label: string;
  /** True when the text gave a version at or past `since`; false when the driver was named without one. */
  versioned: boolean;
}

/**
 * The context facts the drivers the text names imply: ODBC Driver 18 encrypts by default, ODBC Driver 17
 * does not. A text that names the driver without its version counts where the implication says so; an
 * implication bound to platforms counts only where the text points to one of them, and none counts where
 * the text shows the setting was chosen rather than defaulted (its `unless` patterns).
 */
export function impliedFacts(named: NamedDriver[], platforms: Platform[], text: string): ImpliedFact[] {
  const out: ImpliedFact[] = [];
  for (const { driver, entry } of named) {
    for (const implication of entry.implies) {
      if (implication.platforms && !implication.platforms.some((p) => platforms.includes(p))) continue;
      if (implication.unlessPatterns.some((pattern) => pattern.test(text))) continue;
      const holds = driver.version ? !implication.since || compareVersions(driver.version, implication.since) >= 0 : !!implication.withoutVersion;
      if (holds) out.push({ fact: implication.fact, label: driver.version ? `${driver.id}@${driver.version}` : driver.id, versioned: !!driver.version });
    }
  }
  return out;
}

/** Context facts the text's names with versions say (`SQL Server 2012`, `Debian 11`), with the words that said them. */
export function situationFacts(text: string, hints: CompiledHints): { fact: string; label: string; weight: number }[] {
  const out: { fact: string; label: string; weight: number }[] = [];
  for (const situation of hints.situations) {
    for (const pattern of situation.patterns) {
      const match = pattern.exec(text);
      if (match) {
        out.push({ fact: situation.fact, label: match[0], weight: situation.weight });
        break;
      }
    }
  }
  return out;
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
