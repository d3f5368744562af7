import fc from 'fast-check';
import { analyse } from 'scslre';
import { describe, expect, test } from 'vitest';
import { readDataFile } from '../../../src/contentModel/dataFiles.ts';
import { readVocabularies } from '../../../src/contentModel/vocabularies.ts';
import { analyzeError } from '../../../src/diagnosis/analyzeError.ts';
import { loadPasteContext } from '../../../src/wizard/loadPasteContext.ts';

// Issue 23: no pasted text may stall analysis. Patterns in src/ are checked by ESLint
// (regexp/no-super-linear-backtracking and -move, eslint.config.js); the patterns content declares are
// checked here with the same analysis (scslre), and the whole analysis is timed on generated hostile texts.
const root = process.cwd();
const hints = readDataFile(root, 'hints');
const contentPatterns: { where: string; source: string; flags: string }[] = [
  ...hints.drivers.flatMap((d) => d.patterns.map((source) => ({ where: `content/diagnosis/hints.yaml driver ${d.id}`, source, flags: 'iu' }))),
  ...hints.platforms.flatMap((p) => p.patterns.map((source) => ({ where: `content/diagnosis/hints.yaml platform ${p.why}`, source, flags: 'iu' }))),
  ...hints.situations.flatMap((s) => s.patterns.map((source) => ({ where: `content/diagnosis/hints.yaml situation ${s.fact}`, source, flags: 'iu' }))),
  ...readVocabularies(root).flatMap(({ file, vocabulary }) => vocabulary.readers.map((r) => ({ where: `${file} reader`, source: r.pattern, flags: 'giu' }))),
];
const context = loadPasteContext(root);
// The provider names of every language, as one alternation (src/diagnosis/lexicon.ts builds it the same way).
const providerPattern = context.lexicon.providerPattern!;

describe('patterns declared in content', () => {
  test.each(contentPatterns.map((p) => [p.where, p] as const))('%s cannot backtrack super-linearly', (_where, { source, flags }) => {
    const reports = analyse({ source, flags }, { reportTypes: { Move: true, Self: true, Trade: true } }).reports;
    expect(reports.map((r) => `${r.type}: ${source}`)).toEqual([]);
  });

  test('the provider names, in every language, as the one pattern that finds them', () => {
    const reports = analyse({ source: providerPattern.source, flags: providerPattern.flags }, { reportTypes: { Move: true, Self: true, Trade: true } }).reports;
    expect(reports.map((r) => r.type)).toEqual([]);
  });
});

/** Building blocks attackers and real pastes use: runs of blanks, separators, code prefixes, CJK, RTL marks, provider words. */
const piece = fc.constantFrom(
  ' ',
  '\u00a0',
  '\t',
  '\n',
  ':',
  '：',
  ',',
  '[',
  '(',
  '0x',
  'error',
  'error:',
  'provider:',
  'SSL Provider',
  'Proveedor de SSL',
  'SSL 提供程序',
  '证书',
  '\u200f',
  'code=',
  '1',
  '31',
  'x509:',
  'Certificate status: ',
  'verify error:num=',
);
const hostile = (length: number) =>
  fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) =>
    parts
      .join('')
      .repeat(Math.ceil(length / Math.max(1, parts.join('').length)))
      .slice(0, length),
  );
const timeOf = (text: string, runs = 3) => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyzeError(text, context.hints, context.lexicon);
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

describe('analysis of a pasted text', () => {
  test('takes linear time on hostile texts: 8 KB within 50 ms, and four times the text no more than about four times the time', () => {
    fc.assert(
      fc.property(hostile(8192), (text) => {
        const quarter = text.slice(0, 2048);
        let small = timeOf(quarter);
        let large = timeOf(text);
        // Linear is ×4; a quadratic pattern gives ×16. The floor keeps sub-millisecond noise from deciding.
        // A garbage collection or a busy core can stretch one sample (CI runs two test files at once on two
        // cores): a suspect ratio is measured again, more times, before it counts. A quadratic pattern
        // stays ×16 however often it is measured.
        if (large >= 50 || large >= Math.max(2, small) * 10) {
          small = timeOf(quarter, 9);
          large = timeOf(text, 9);
        }
        expect(large).toBeLessThan(50);
        expect(large).toBeLessThan(Math.max(2, small) * 10);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  test('a megabyte of spaces after a provider word is read at once', () => {
    const start = performance.now();
    analyzeError(`provider:${' '.repeat(1 << 20)},`, context.hints, context.lexicon);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
