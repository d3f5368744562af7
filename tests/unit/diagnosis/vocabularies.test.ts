import { describe, expect, test } from 'vitest';
import { loadLexicon } from '../../../src/contentModel/loadLexicon.ts';
import { readVocabularies } from '../../../src/contentModel/vocabularies.ts';
import { readDataFile } from '../../../src/contentModel/dataFiles.ts';
import { articles, readArticles } from '../../../src/contentModel/project.ts';
import { addPack, compileLexicon, packsFor } from '../../../src/diagnosis/lexicon.ts';
import { toMatchText } from '../../../src/diagnosis/normalize.ts';
import { loadPasteContext } from '../../../src/wizard/loadPasteContext.ts';
import { analyzeError } from '../../../src/diagnosis/analyzeError.ts';

// Every stack vocabulary, as content: each entry reads, each message text is found in a paste that
// carries it (wrapped the way drivers print it), in every language, and its language pack loads for it.
const root = process.cwd();
const vocabularies = readVocabularies(root);
const facts = new Map(readDataFile(root, 'facts').facts.map((f) => [f.id, f]));
const resolved = new Set(articles(readArticles(root), 'scenarios').flatMap((s) => s.value.resolves.map((r) => r.fact)));
const { hints, lexicon } = loadPasteContext(root);
const baseOnly = compileLexicon(loadLexicon(root).data);
/** Words of English and Simplified Chinese texts: a further language's text made only of these cannot tell its language. */
const baseWords = new Set(
  vocabularies.flatMap(({ vocabulary }) => [
    ...vocabulary.entries.flatMap((e) => e.texts.filter((t) => t.lang === 'en' || t.lang === 'zh-CN').flatMap((t) => toMatchText(t.text).trim().split(' '))),
    ...vocabulary.providers.flatMap((p) => p.names.filter((n) => n.lang === 'en' || n.lang === 'zh-CN').flatMap((n) => toMatchText(n.text).trim().split(' '))),
  ]),
);

describe.each(vocabularies.map((v) => [v.vocabulary.stack, v] as const))('the %s vocabulary', (_stack, { vocabulary }) => {
  test('maps every entry to a fact that exists, and a TLS fact to one at least one scenario resolves', () => {
    const wrong = vocabulary.entries.filter((e) => !facts.has(e.fact) || (facts.get(e.fact)!.scope === 'tls' && !resolved.has(e.fact))).map((e) => e.fact);
    expect(wrong).toEqual([]);
  });

  test('each message text, in each language, is read as its fact from a paste that carries it', () => {
    const missed: string[] = [];
    for (const entry of vocabulary.entries) {
      for (const { lang, text } of entry.texts) {
        const paste = `A connection was successfully established with the server, but then an error occurred. (provider: SSL Provider, error: 0 - ${text})`;
        const hit = analyzeError(paste, hints, lexicon).facts.find((f) => f.fact === entry.fact);
        if (!hit || hit.weight < entry.weight) missed.push(`${lang}: ${text} (${entry.fact} ${entry.weight})`);
      }
    }
    expect(missed).toEqual([]);
    // One analysis per text (about 4 ms each with every pack loaded): the SqlClient vocabulary's 400 texts
    // pass the default 5 s limit when the suite runs on two busy cores.
  }, 60_000);

  test('each symbolic name and code is read as its fact', () => {
    const missed: string[] = [];
    for (const entry of vocabulary.entries) {
      for (const said of [...entry.names, ...entry.codes.filter((c) => /^0x/i.test(c))]) {
        const hit = analyzeError(`Exception: ${said} was returned`, hints, lexicon).facts.find((f) => f.fact === entry.fact);
        if (!hit || hit.weight < entry.weight) missed.push(`${said} (${entry.fact} ${entry.weight})`);
      }
    }
    expect(missed).toEqual([]);
  });

  test('a paste carrying a message in a further language asks for that language pack', () => {
    const unasked = vocabulary.entries
      // Words about the situation ride on the failure's message in that language (the test below).
      .filter((e) => facts.get(e.fact)?.scope !== 'context')
      .flatMap((e) => e.texts)
      .filter(({ lang }) => lang !== 'en' && lang !== 'zh-CN')
      // A text made only of words the base languages use (Italian "Provider SSL") cannot tell its language.
      .filter(({ text }) =>
        toMatchText(text)
          .trim()
          .split(' ')
          .some((word) => !baseWords.has(word)),
      )
      .filter(({ lang, text }) => !packsFor(baseOnly, toMatchText(text)).includes(lang))
      .map(({ lang, text }) => `${lang}: ${text}`);
    expect(unasked).toEqual([]);
  });
});

describe('words about the situation in a further language', () => {
  // A failure message in each further language, which asks for that language's pack.
  const failureIn = new Map<string, string>();
  for (const { vocabulary } of vocabularies)
    for (const entry of vocabulary.entries)
      for (const { lang, text } of entry.texts)
        if (facts.get(entry.fact)?.scope === 'tls' && !failureIn.has(lang) && packsFor(baseOnly, toMatchText(text)).includes(lang)) failureIn.set(lang, text);

  test('are read beside a failure message in that language, whose pack they ride on', () => {
    const unread = vocabularies
      .flatMap(({ vocabulary }) => vocabulary.entries.filter((e) => facts.get(e.fact)?.scope === 'context').flatMap((e) => e.texts.map((t) => ({ ...t, fact: e.fact }))))
      .filter(({ lang }) => lang !== 'en' && lang !== 'zh-CN')
      .filter(({ lang, text, fact }) => {
        const paste = `${text}: ${failureIn.get(lang) ?? ''}`;
        const withPacks = compileLexicon(loadLexicon(root).data);
        const packs = packsFor(withPacks, toMatchText(paste));
        for (const pack of loadLexicon(root).packs.filter((p) => packs.includes(p.id))) addPack(withPacks, pack);
        return !packs.includes(lang) || !analyzeError(paste, hints, withPacks).facts.some((f) => f.fact === fact);
      })
      .map(({ lang, text }) => `${lang}: ${text}`);
    expect(unread).toEqual([]);
  });
});

describe.each(vocabularies.filter((v) => v.vocabulary.onDemand).map((v) => [v.vocabulary.stack, v] as const))('the on-demand %s vocabulary', (_stack, { vocabulary }) => {
  test('a paste carrying any of its English or Chinese messages reads it from the index or asks for the stack pack', () => {
    const unread = vocabulary.entries
      .flatMap((e) => e.texts.filter(({ lang }) => lang === 'en' || lang === 'zh-CN').map(({ text }) => ({ text, fact: e.fact })))
      .filter(({ text, fact }) => {
        const paste = `Error: ${text}`;
        const fromIndex = analyzeError(paste, hints, baseOnly).facts.some((f) => f.fact === fact);
        return !fromIndex && !packsFor(baseOnly, toMatchText(paste)).includes(vocabulary.stack);
      })
      .map(({ text }) => text);
    expect(unread).toEqual([]);
  });
});

describe('a paste is read the same whatever the session loaded before', () => {
  // Near matches weigh words by their rarity among messages; packs loaded for earlier pastes must not change it.
  const pastes = [
    'Error: 17836, Severity: 20. Length specified in network packet payload did not match number of bytes read; the connection has been closed. Please contact the vendor of the client library.',
    'A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)',
    '(provider: SSL Provider, error: 0 - La cadena de certificación fue emitida por una entidad en la que no se confía.)',
  ];
  test.each(pastes)('%s', (paste) => {
    const read = (lexicon: ReturnType<typeof compileLexicon>) => {
      for (const pack of loadLexicon(root).packs.filter((p) => packsFor(lexicon, toMatchText(paste)).includes(p.id))) addPack(lexicon, pack);
      return analyzeError(paste, hints, lexicon).facts;
    };
    const fresh = read(compileLexicon(loadLexicon(root).data));
    const everyPackLoaded = compileLexicon(loadLexicon(root).data);
    for (const pack of loadLexicon(root).packs) addPack(everyPackLoaded, pack);
    expect(read(everyPackLoaded)).toEqual(fresh);
  });
});
