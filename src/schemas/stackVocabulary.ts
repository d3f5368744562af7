import { z } from 'astro/zod';
import { factIdSchema } from './failureFacts.ts';

/**
 * What one TLS stack prints, mapped to failure facts (content/diagnosis/vocabularies/<stack>.yaml).
 *
 * Codes are written in the form the diagnosis reads them (src/diagnosis/readCodes.ts):
 * - HRESULTs and OpenSSL packed codes in hex, `0x80090325`, `0x0A000086` (the signed decimal and the
 *   bare 8-digit forms in a paste read the same);
 * - plain decimal numbers for Winsock, SQL Server and event ids: `10054`, `18456`, `36888`;
 * - `ssl:31`, `tcp:40`: an SNI provider and its error number, in any language the message uses;
 * - `alert:48`: a TLS alert number;
 * - `<namespace>:<value>` for codes a reader of this vocabulary produces (`x509:10`, `curl:60`,
 *   `gnutls-status:0x400`).
 */

/** A language tag: the BCP-47 tags of the Windows display languages and `en`. */
export const messageLangSchema = z.enum(['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'de', 'fr', 'es', 'pt-BR', 'pt-PT', 'ru', 'it', 'pl', 'tr', 'cs', 'nl', 'sv']);
export type MessageLang = z.infer<typeof messageLangSchema>;

const sourceRefSchema = z.string().min(2);

const codeSchema = z
  .string()
  .regex(/^(?:0x[0-9a-f]{1,8}|\d{1,6}|[a-z][a-z0-9-]*:(?:0x[0-9a-f]+|\d+|[a-z][a-z0-9-]*))$/i, 'a code is 0x<hex>, a decimal number, <namespace>:<number> or <namespace>:<name>');

/** A message text as printed, cut at its variable parts: it matches as a phrase, whatever the case and punctuation. */
export const messageTextSchema = z
  .object({
    lang: messageLangSchema,
    // Four characters at least, or two of a script written without spaces (`偶尔` is a word, `SSL` is not telling).
    text: z
      .string()
      .refine(
        (text) => text.length >= 4 || (text.length >= 2 && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u.test(text)),
        'a text is at least 4 characters (2 in Chinese, Japanese or Korean)',
      ),
    /** Where this wording was read, when not the entry's source (a localized resource file, a real paste). */
    source: sourceRefSchema.optional(),
  })
  .strict();

export const vocabularyEntrySchema = z
  .object({
    fact: factIdSchema,
    /** 1 = consistent with the fact, 5 = says it outright. */
    weight: z.number().int().min(1).max(5),
    codes: z.array(codeSchema).default([]),
    /** Symbolic names printed as they are (`SEC_E_UNTRUSTED_ROOT`, `ERR_TLS_CERT_ALTNAME_INVALID`): matched as whole words. */
    names: z.array(z.string().min(3)).default([]),
    texts: z.array(messageTextSchema).default([]),
    /** A key of the vocabulary's `sources`, or a URL. */
    source: sourceRefSchema,
    /** Why the mapping holds, when it is not plain from the text. */
    note: z.string().optional(),
    /**
     * Further facts the same codes, names and texts state, each with its own weight and reason: one
     * message that two causes print (`SEC_E_ALGORITHM_MISMATCH` for no common protocol version and for no
     * common cipher suite). Listing its texts once keeps every language reading both facts.
     */
    also: z.array(z.object({ fact: factIdSchema, weight: z.number().int().min(1).max(5), source: sourceRefSchema.optional(), note: z.string().optional() }).strict()).default([]),
  })
  .strict()
  .refine((entry) => entry.codes.length + entry.names.length + entry.texts.length > 0, 'an entry needs at least one code, name or text');
export type VocabularyEntry = Omit<z.infer<typeof vocabularyEntrySchema>, 'also'>;

/**
 * A pattern that turns what a stack prints into a namespaced code: `verify error:num=(\d+)` → `x509:$1`.
 * With `bitmask`, the number captured is split into its set bits, each a code `<code>` with `$1` as `0x<bit>`.
 * A message with a variable part in its middle (`Failed to connect to <server> in <n>ms`), which no
 * message text can say, is read by a pattern without a group into a named code (`tedious:connect-timeout`).
 */
export const codeReaderSchema = z
  .object({
    pattern: z.string().min(3),
    code: z.string().regex(/^[a-z][a-z0-9-]*:(?:\$1|[a-z][a-z0-9-]*)$/, 'a reader writes <namespace>:$1, or <namespace>:<name> for a pattern without a group'),
    bitmask: z.boolean().default(false),
    /** A text the pattern must read, and the codes it must give: checked by the content tests. */
    example: z.object({ text: z.string(), codes: z.array(codeSchema).min(1) }).strict(),
  })
  .strict();
export type CodeReader = z.infer<typeof codeReaderSchema>;

export const stackVocabularySchema = z
  .object({
    stack: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(2),
    /** Which versions and products print these messages. */
    about: z.string().min(10),
    sources: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), z.object({ title: z.string().min(3), url: z.url() }).strict()),
    readers: z.array(codeReaderSchema).default([]),
    /**
     * Its English and Chinese texts ship in a pack of their own (`/lexicon/<stack>.json`), loaded when a
     * paste carries one of the pack's marker words, instead of with every search: for stacks seldom
     * pasted against SQL Server whose messages have words of their own. A text whose every word also
     * occurs in the texts every search ships stays with them, so any of its messages is still read.
     * Codes and symbolic names always ship.
     */
    onDemand: z.boolean().default(false),
    /**
     * SNI provider names as the message prints them in each language (`SSL Provider`, `SSL 提供程序`,
     * `Proveedor de SSL`), so `(provider: <name>, error: <n> - ...)` reads as `<id>:<n>` in any language.
     */
    providers: z.array(z.object({ id: z.string().regex(/^[a-z]+$/), names: z.array(messageTextSchema).min(1) }).strict()).default([]),
    entries: z.array(vocabularyEntrySchema).default([]),
  })
  .strict()
  .refine((vocabulary) => vocabulary.entries.length + vocabulary.providers.length > 0, 'a vocabulary needs entries or providers')
  .superRefine((vocabulary, ctx) => {
    const known = (ref: string) => ref in vocabulary.sources || /^https:\/\//.test(ref);
    vocabulary.entries.forEach((entry, i) => {
      if (!known(entry.source)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'source'], message: `"${entry.source}" is neither a key of sources nor an https URL` });
      entry.texts.forEach((text, j) => {
        if (text.source && !known(text.source))
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'texts', j, 'source'], message: `"${text.source}" is neither a key of sources nor an https URL` });
      });
      entry.also.forEach((other, j) => {
        if (other.fact === entry.fact) ctx.addIssue({ code: 'custom', path: ['entries', i, 'also', j, 'fact'], message: `"${other.fact}" is the entry's own fact` });
        if (other.source && !known(other.source))
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'also', j, 'source'], message: `"${other.source}" is neither a key of sources nor an https URL` });
      });
    });
  })
  // Everything downstream (lexicon, tests, pages) reads one fact per entry: `also` becomes entries of its own.
  .transform(({ entries, ...vocabulary }) => ({
    ...vocabulary,
    entries: entries.flatMap(({ also, ...entry }): VocabularyEntry[] => [
      entry,
      ...also.map((other) => ({ ...entry, fact: other.fact, weight: other.weight, source: other.source ?? entry.source, note: other.note })),
    ]),
  }));
export type StackVocabulary = z.output<typeof stackVocabularySchema>;
