import { createPastedWords } from './pastedWords.ts';
import { detectPlatforms, impliedFacts, nameDrivers, situationFacts, type CompiledHints, type DetectedDriver, type NamedDriver } from './hints.ts';
import { collapse, readFacts, readVocabularyCodes, type FactHit, type Lexicon } from './lexicon.ts';
import { toMatchText } from './normalize.ts';
import { readCodes, readProviders } from './readCodes.ts';
import type { Platform } from '../schemas/vocabulary.ts';

/** What a pasted error says, independent of any scenario. */
export interface ErrorSignature {
  /** `ssl:31` for a named provider, `sni:31` for an SNI error number with none (`error 31`). */
  providers: string[];
  codes: string[];
  /** What failed, as the stack vocabularies read it, strongest first. */
  facts: FactHit[];
  drivers: DetectedDriver[];
  platforms: Platform[];
  platformReasons: string[];
  /** The text that was read, in match-text form (see toMatchText). */
  matchText: string;
  /** Characters read and skipped: very long pastes are read at both ends, where the messages are. */
  readChars: number;
  skippedChars: number;
}

/** Pastes longer than this are read at the head and tail only. */
export const maxReadChars = 60_000;
const tailChars = 15_000;

/** Noise that says nothing about the failure: GUIDs, timestamps, IP addresses, host:port pairs. */
const noise = [
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?z?\b/gi,
  /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g,
];

/** Removes noise that could be mistaken for codes (GUID parts, times, addresses). */
export function stripNoise(text: string): string {
  return noise.reduce((out, pattern) => out.replace(pattern, ' '), text);
}

/** The part of a paste that is read: all of it, or its head and tail when it is very long; whitespace runs collapsed. */
export function readablePart(input: string): string {
  return collapse(input.length > maxReadChars ? `${input.slice(0, maxReadChars - tailChars)}\n${input.slice(-tailChars)}` : input);
}

/** Reads pasted error text into an ErrorSignature. Pure: no DOM, no content of its own. */
export function analyzeError(input: string, hints: CompiledHints, lexicon: Lexicon): ErrorSignature {
  return readPaste(input, hints, lexicon).signature;
}

/**
 * analyzeError, with what says a matched phrase in the reader's own words (createPastedWords over the
 * same part of the paste): search labels its scenarios' phrases with it. Kept beside the signature, not
 * in it, because the signature travels between threads as data.
 */
export function readPaste(input: string, hints: CompiledHints, lexicon: Lexicon): { signature: ErrorSignature; saidBy: (phrase: string) => string } {
  const text = readablePart(input);
  const saidBy = createPastedWords(text);
  const cleaned = stripNoise(text);
  const { platforms, reasons } = detectPlatforms(text, hints);
  const providers = readProviders(cleaned, lexicon);
  // What each reader's code was read from, to quote the paste rather than the code (`tedious:connect-timeout`).
  const readFrom = new Map<string, string>();
  const codes = [...new Set([...readCodes(cleaned), ...readVocabularyCodes(cleaned, lexicon, readFrom)])];
  const matchText = toMatchText(cleaned);
  const named = nameDrivers(text, hints);
  const signature: ErrorSignature = {
    providers,
    codes,
    // Vocabulary texts ship in match form; what a fact is said by is shown in the reader's own words.
    facts: withHintFacts(
      readFacts([...codes, ...providers, ...numberAloneAsProviders(providers, lexicon)], matchText, lexicon).map((hit) => ({
        ...hit,
        label: readFrom.get(hit.label) ?? saidBy(hit.label),
      })),
      text,
      named,
      platforms,
      hints,
      lexicon,
    ),
    drivers: named.map((n) => n.driver),
    platforms,
    platformReasons: reasons,
    matchText,
    readChars: Math.min(input.length, maxReadChars),
    skippedChars: Math.max(0, input.length - maxReadChars),
  };
  return { signature, saidBy };
}

/**
 * Adds the context facts the hints read: those the named drivers imply (ODBC Driver 18 encrypts by
 * default), weight 5 when the text gave the version and 4 when it named the driver without one; and those
 * names and addresses say (`SQL Server 2012`, `Debian 11`, `https://host:1433`), at the weight their pattern
 * declares. A fact already read keeps its best weight.
 */
function withHintFacts(facts: FactHit[], text: string, named: NamedDriver[], platforms: Platform[], hints: CompiledHints, lexicon: Lexicon): FactHit[] {
  const out = [...facts];
  const read = [
    ...impliedFacts(named, platforms, text).map((implied) => ({ fact: implied.fact, label: implied.label, weight: implied.versioned ? 5 : 4 })),
    ...situationFacts(text, hints),
  ];
  for (const implied of read) {
    const weight = implied.weight;
    const existing = out.findIndex((hit) => hit.fact === implied.fact);
    if (existing >= 0 && out[existing]!.weight >= weight) continue;
    if (existing >= 0) out.splice(existing, 1);
    // Hints name context facts, or a failure outside TLS (a TLS tool pointed at the SQL Server port).
    out.push({ fact: implied.fact, scope: lexicon.scopes.get(implied.fact) === 'other' ? 'other' : 'context', weight, label: implied.label });
  }
  return out.sort((a, b) => b.weight - a.weight || a.fact.localeCompare(b.fact));
}

/** `error 31` names no provider: its number is read as each provider's (`sni:31` → `ssl:31`, `tcp:31`) for the vocabularies. */
function numberAloneAsProviders(providers: string[], lexicon: Lexicon): string[] {
  const ids = [...new Set(lexicon.providerIds.values())];
  return providers.filter((p) => p.startsWith('sni:')).flatMap((p) => ids.map((id) => `${id}:${p.slice(4)}`));
}
