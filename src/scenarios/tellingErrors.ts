import { analyzeError } from '../diagnosis/analyzeError.ts';
import type { CompiledHints } from '../diagnosis/hints.ts';
import type { Lexicon } from '../diagnosis/lexicon.ts';
import { collectEvidence, compileSignal } from '../diagnosis/matchSignals.ts';
import type { Signal } from '../schemas/signal.ts';

/** What reading a message needs: the diagnosis hints and the stack vocabularies with every language pack (loadFullLexicon). */
export interface ReadingContext {
  hints: CompiledHints;
  lexicon: Lexicon;
}

/**
 * A scenario's messages, most telling first: those in a language the reader reads (English, or the
 * page's own: a German Windows message is no help at the top of an English page), then the ones its own
 * signals and resolved facts recognise most strongly, the shorter first between equals (a reader
 * compares the first lines), content order last. The scenario page shows the first ones under "Is this
 * your error?".
 */
export function tellingErrors<T extends { text: string; lang?: string }>(
  errors: T[],
  signals: Signal[],
  resolves: { fact: string; weight: number }[],
  context: ReadingContext,
  readerLang?: string,
): T[] {
  const readable = (error: T) => !error.lang || error.lang === 'en' || error.lang === readerLang;
  const compiled = signals.map(compileSignal);
  const weights = new Map(resolves.map((r) => [r.fact, r.weight]));
  const strength = (text: string) => {
    const signature = analyzeError(text, context.hints, context.lexicon);
    const own = collectEvidence(signature, compiled).reduce((sum, signal) => sum + signal.weight, 0);
    const facts = Math.max(0, ...signature.facts.map((hit) => ((weights.get(hit.fact) ?? 0) * hit.weight) / 5));
    return Math.max(own, facts);
  };
  return errors
    .map((error, index) => ({ error, index, readable: readable(error), strength: strength(error.text) }))
    .sort((a, b) => Number(b.readable) - Number(a.readable) || b.strength - a.strength || a.error.text.length - b.error.text.length || a.index - b.index)
    .map((x) => x.error);
}
