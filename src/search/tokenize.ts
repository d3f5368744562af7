import type { Locale } from '../schemas/vocabulary.ts';

const latinWords = /[\p{L}\p{M}\p{N}_]+/gu;

/**
 * Word tokenizer for the fuzzy index. Chinese has no spaces between words, so the Chinese index
 * segments with Intl.Segmenter (Latin runs inside Chinese text come out as whole words too).
 */
export function createTokenizer(lang: Locale): (text: string) => string[] {
  if (lang === 'zh' && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    return (text) => {
      const words: string[] = [];
      for (const part of segmenter.segment(text)) if (part.isWordLike) words.push(part.segment);
      return words;
    };
  }
  return (text) => text.match(latinWords) ?? [];
}
