import type { Lexicon } from './lexicon.ts';
import { normalizeCode } from './normalize.ts';

/*
 * Reads the codes drivers and servers print. Every pattern here is linear: each start position tries a
 * bounded amount (fixed alternatives, bounded repeats) and texts arrive with whitespace runs collapsed
 * (see collapse in lexicon.ts), so no pasted text can make a pattern backtrack (tests/unit/diagnosis/linearTime.test.ts).
 */

/** How far after a provider name its error number may be: `, error: 31` and its translations fit. */
const providerWindow = 40;
const standaloneNumber = /(?<![\p{L}\p{N}])(\d{1,5})(?![\p{L}\p{N}])/u;
/** `error: 31`, `error 31`: an SNI error number without a provider name (one or two digits, as SNI numbers are). */
const bareSniError = /(?<![\p{L}\p{N}])error ?[:：]? ?(\d{1,2})(?![\p{L}\p{N}.:])/giu;

/**
 * SNI providers and their error numbers, in any language the vocabularies know the provider names of:
 * `(provider: SSL Provider, error: 31 - …)`, `(Proveedor: Proveedor de SSL, error: 0 - …)` → `ssl:31`, `ssl:0`.
 * An error number with no provider name before it reads as `sni:<n>` (`error 31`).
 */
export function readProviders(text: string, lexicon: Lexicon): string[] {
  const providers = new Set<string>();
  const numbersRead = new Set<number>();
  if (lexicon.providerPattern) {
    for (const match of text.matchAll(lexicon.providerPattern)) {
      const id = lexicon.providerIds.get(match[0].toLowerCase());
      const start = match.index + match[0].length;
      // The number belongs to this provider only before any bracket: `SSL Provider: [error:0A000086:…]` is OpenSSL's.
      const window = text.slice(start, start + providerWindow).split(/[[(]/, 1)[0]!;
      const number = standaloneNumber.exec(window);
      if (!id || !number) continue;
      providers.add(`${id}:${Number(number[1])}`);
      numbersRead.add(start + number.index);
    }
  }
  for (const match of text.matchAll(bareSniError)) {
    const at = match.index + match[0].length - match[1]!.length;
    if (!numbersRead.has(at)) providers.add(`sni:${Number(match[1])}`);
  }
  return [...providers];
}

const codePatterns: { pattern: RegExp; form?: (value: string) => string[] }[] = [
  // 0x80090325, 0x2746
  { pattern: /(?<![\w])0x[0-9a-f]{1,8}(?![\w])/gi },
  // -2146893019 (HRESULT printed as a signed integer)
  { pattern: /(?<![\w.-])-21\d{8}(?![\w.])/g },
  // OpenSSL: error:1416F086:SSL routines... A packed code is hex even when it has no letter (1.1.1's 14094410).
  { pattern: /error:([0-9a-f]{8}):/gi, form: (v) => [`0x${v}`] },
  // ERRORLOG: An OS call failed: (80090331) — both the hex and the decimal reading
  { pattern: /\(([0-9a-f]{8})\)/gi, form: (v) => [v, `0x${v}`] },
  // Four- and five-digit numbers: Winsock 10054, SQL 26014, events 36888. Not a `key=value` setting
  // (SqlClient's timeout durations, `handshake=13487`): a code written that way is read by the
  // error-context pattern below (`ErrorCode=10054`).
  { pattern: /(?<![\w.:/=-])(\d{4,5})(?![\w.:/-])/g },
  // Small numbers in an error context: Win32Exception (258), Error: 233, error code (121)
  { pattern: /\((\d{1,5})\)/g },
  { pattern: /(?:error|number|msg|code) ?[:=#]? ?(\d{1,5})(?![\w.])/gi },
];

/** HRESULTs, OpenSSL packed codes, Winsock/SQL/event numbers and TLS alert numbers (`alert:48`), in canonical form. */
export function readCodes(text: string): string[] {
  const codes = new Set<string>();
  for (const { pattern, form } of codePatterns) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? match[0];
      for (const v of form ? form(value) : [value]) codes.add(normalizeCode(v));
    }
  }
  for (const match of text.matchAll(/(?:fatal error code is|alert number|alert code) ?(\d{1,3})/gi)) codes.add(`alert:${match[1]}`);
  return [...codes];
}
