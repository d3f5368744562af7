/**
 * Text normalisation shared by analysis and matching, so a phrase declared in content matches the
 * same phrase in a paste whatever its case, punctuation, full-width characters or line breaks.
 */

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower-cased words separated by single spaces, with a space at both ends (for whole-word matching). */
export function toMatchText(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * True when `phrase` (already in match-text form, see toMatchText) occurs in `haystack`.
 * Latin phrases must start and end on word boundaries; phrases containing CJK characters,
 * which have no spaces between words, match anywhere.
 */
export function containsPhrase(haystack: string, phrase: string): boolean {
  const core = phrase.trim();
  if (!core) return false;
  return cjk.test(core) ? haystack.includes(core) : haystack.includes(` ${core} `);
}

/** True when a phrase contains characters of scripts written without spaces (matched anywhere, see containsPhrase). */
export function isCjkPhrase(phrase: string): boolean {
  return cjk.test(phrase);
}

/**
 * One canonical form per code, so `0x80090325`, `-2146893019` and `80090325` compare equal:
 * HRESULTs and OpenSSL error codes become `0x` + lower-case hex without leading zeros,
 * TLS alerts stay `alert:N`, other numbers stay decimal.
 */
export function normalizeCode(raw: string): string {
  const value = raw.trim().toLowerCase();
  if (value.startsWith('alert:')) return value;
  if (/^-\d{9,10}$/.test(value)) return `0x${(Number(value) + 2 ** 32).toString(16)}`;
  const hex = /^0x([0-9a-f]+)$/.exec(value);
  if (hex) return `0x${hex[1]!.replace(/^0+(?=.)/, '')}`;
  if (/^[0-9a-f]{8}$/.test(value) && /[a-f]/.test(value)) return `0x${value.replace(/^0+(?=.)/, '')}`;
  return value;
}
