import { extractCodes, extractProviders } from './extractCodes.ts';
import { detectDrivers, detectPlatforms, type CompiledHints, type DetectedDriver } from './hints.ts';
import { toMatchText } from './normalize.ts';
import type { Platform } from '../schemas/vocabulary.ts';

/** What a pasted error says, independent of any scenario. */
export interface ErrorSignature {
  providers: string[];
  codes: string[];
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

/** Reads pasted error text into an ErrorSignature. Pure: no DOM, no content of its own. */
export function analyzeError(input: string, hints: CompiledHints): ErrorSignature {
  const text = input.length > maxReadChars ? `${input.slice(0, maxReadChars - tailChars)}\n${input.slice(-tailChars)}` : input;
  const cleaned = stripNoise(text);
  const { platforms, reasons } = detectPlatforms(text, hints);
  return {
    providers: extractProviders(cleaned),
    codes: extractCodes(cleaned),
    drivers: detectDrivers(text, hints),
    platforms,
    platformReasons: reasons,
    matchText: toMatchText(cleaned),
    readChars: Math.min(input.length, maxReadChars),
    skippedChars: Math.max(0, input.length - maxReadChars),
  };
}
