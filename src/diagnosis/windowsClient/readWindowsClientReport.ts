// Finds the report of sqltls-client.ps1 in whatever the reader hands over: the JSON alone, the whole
// console session around it, a file PowerShell redirected in UTF-16LE (as bytes, or as text decoded the
// wrong way, with a NUL after every character), with or without a byte order mark. Never throws and
// never evaluates anything: the marker is found with one bounded pattern, the object around it by
// reading back to its opening brace and forward to the matching one, and that slice goes through
// JSON.parse and the schema. Every step is linear in the text, which is capped.
import { windowsReportMarker, type WindowsReportProblem } from '../../ids/windowsClientFindings.ts';
import { checkReport, type WindowsClientReport } from './reportShape.ts';

/** The longest paste read: a report is about 10-20 KB, so a megabyte leaves room for a whole console session. */
export const maxReportChars = 1_000_000;

export type { WindowsReportProblem };
export type WindowsReportResult = { ok: true; report: WindowsClientReport } | { ok: false; problem: WindowsReportProblem; message: string; detail: string };

const problemText: Record<WindowsReportProblem, (detail: string) => string> = {
  empty: () => 'Nothing was pasted.',
  tooLarge: () => `The text is longer than ${maxReportChars.toLocaleString('en')} characters; paste only the output of sqltls-client.ps1.`,
  noReport: () => `No sqltls report found: the output of sqltls-client.ps1 starts with {"sqltls": "${windowsReportMarker}". Paste all of it.`,
  otherVersion: (marker) => `This report (${marker}) comes from another version of sqltls-client.ps1; download the script again and run it.`,
  cutOff: () => 'The report is cut off: its closing brace is missing. Paste the whole output.',
  notJson: () => 'The report is damaged and cannot be read as JSON. Run the script again and paste its output unchanged.',
  invalid: (where) => `The report is missing parts the script always writes (${where}). Run the script again and paste its output unchanged.`,
};

const fail = (problem: WindowsReportProblem, detail = ''): WindowsReportResult => ({ ok: false, problem, message: problemText[problem](detail), detail });

/** Bytes to text: UTF-16LE when it has the BOM or a NUL in every other byte (PowerShell's `>`), else UTF-8. */
function decode(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 512);
  const oddNuls = head.filter((byte, i) => i % 2 === 1 && byte === 0).length;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (head.length >= 4 && oddNuls * 2 >= head.length * 0.8);
  return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: false }).decode(bytes);
}

/**
 * Text as it should have been: without a byte order mark (also one decoded as Latin-1 or UTF-8), and
 * without the NUL that follows every character when UTF-16LE text went through a one-byte decoder.
 */
function normalize(text: string): string {
  let clean = text.replace(/^(?:\uFEFF|\u00FF\u00FE|\u00EF\u00BB\u00BF)/, '');
  const sample = clean.slice(0, 2000);
  const nuls = sample.split('\u0000').length - 1;
  if (nuls * 3 >= sample.length) clean = clean.replaceAll('\u0000', '');
  return clean.replace(/^\uFEFF/, '');
}

/** Where the JSON object starting at `start` ends (the index after its closing brace), or -1 when it never closes. */
function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

// The marker as ConvertTo-Json writes it, and any marker of this format family (another version).
const markerPattern = /"sqltls"\s*:\s*"windows-client\/([^"\\]{0,20})"/;
// How many enclosing objects of the marker are tried, innermost first: the report itself is the first
// (or, when its JSON was pasted inside other JSON, one of the next).
const levelsTried = 8;

/** Whether the quote at `i` is escaped: preceded by an odd number of backslashes. */
function escaped(text: string, i: number): boolean {
  let slashes = 0;
  while (i - slashes - 1 >= 0 && text[i - slashes - 1] === '\\') slashes++;
  return slashes % 2 === 1;
}

/**
 * The opening braces of the objects that enclose `from`, innermost first, read backwards as JSON
 * (strings skipped, nested objects and arrays counted), so the keys before the marker may hold anything.
 */
function* enclosingBraces(text: string, from: number): Generator<number> {
  let depth = 0;
  for (let i = from - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '"' && !escaped(text, i)) {
      i--;
      while (i >= 0 && !(text[i] === '"' && !escaped(text, i))) i--;
    } else if (c === '}' || c === ']') depth++;
    else if (c === '[' && depth > 0) depth--;
    else if (c === '{') {
      if (depth === 0) yield i;
      else depth--;
    }
  }
}

/** The report in pasted text (or the bytes of a saved file), or why there is none. */
export function readWindowsClientReport(input: string | Uint8Array): WindowsReportResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return fail('empty');
  // Twice the limit before decoding: UTF-16LE bytes, or text with a NUL after every character, halve.
  if (input.length > maxReportChars * 2) return fail('tooLarge');
  const text = normalize(typeof input === 'string' ? input : decode(input));
  if (!text.trim()) return fail('empty');
  if (text.length > maxReportChars) return fail('tooLarge');

  const marker = markerPattern.exec(text);
  if (!marker) return fail('noReport');
  if (`windows-client/${marker[1]}` !== windowsReportMarker) return fail('otherVersion', marker[0].replace(/\s+/g, ' '));

  let sawCutOff = false;
  let level = 0;
  for (const brace of enclosingBraces(text, marker.index)) {
    if (++level > levelsTried) break;
    const end = matchingBrace(text, brace);
    if (end < 0) {
      sawCutOff = true;
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.slice(brace, end));
    } catch {
      continue;
    }
    if (!parsed || typeof parsed !== 'object' || (parsed as { sqltls?: unknown }).sqltls !== windowsReportMarker) continue;
    const checked = checkReport(parsed);
    return checked.ok ? checked : fail('invalid', checked.problem);
  }
  return fail(sawCutOff ? 'cutOff' : 'notJson');
}
