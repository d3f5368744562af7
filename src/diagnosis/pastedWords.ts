import { escapeRegExp, isCjkPhrase } from './normalize.ts';

/**
 * Says a matched phrase in the reader's own words. Vocabulary texts and scenario phrases ship in the
 * form search matches them in (lower case, punctuation as spaces), so the words of the paste they stand
 * for, with its case and punctuation, are looked up to show under a result ("certificate not trusted
 * (The certificate chain was issued by an authority that is not trusted.)"). A phrase whose words are
 * not there in order (a reworded message, `≈ ...`) is shown as it is. `readText` is the part of the
 * paste that was read (analyzeError's readablePart).
 */
export function createPastedWords(readText: string): (phrase: string) => string {
  const text = readText.normalize('NFKC');
  const found = new Map<string, string>();
  return (phrase) => {
    const known = found.get(phrase);
    if (known !== undefined) return known;
    const words = phrase.trim().split(' ').filter(Boolean);
    let said = phrase;
    if (words.length && !phrase.startsWith('≈')) {
      // Latin words between non-letters, as the match text has them; CJK characters with any punctuation between.
      const pattern = isCjkPhrase(phrase)
        ? [...words.join('')].map(escapeRegExp).join('[^\\p{L}\\p{N}]*')
        : `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`;
      said = new RegExp(pattern, 'iu').exec(text)?.[0] ?? phrase;
    }
    found.set(phrase, said);
    return said;
  };
}
