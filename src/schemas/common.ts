import { z } from 'astro/zod';

/** A kebab-case id, used for slugs and fragment ids; never derived from heading text. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case');

/** A fix anchor id: `fix-` + kebab-case. Identical in both languages. */
export const fixId = z.string().regex(/^fix-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like fix-some-name');

/** A check anchor id: `check-` + kebab-case. Identical in both languages. */
export const checkId = z.string().regex(/^check-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like check-some-name');

/** One line of prose; supports `code`, **bold** and [links](https://...). */
export const inlineText = z.string().min(1);

/** A verbatim code or configuration block. Code is identical in both languages; only its comments are translated. */
export const codeBlockSchema = z.object({
  /** Language for the label and copy button: reg, powershell, ini, bash, sql, text, json, java, csharp, properties, xml, go, js, python, php. */
  lang: z.string().min(1),
  /** The code, exactly as the user should copy it. */
  code: z.string().min(1),
  /** Suggested file name when the block is a whole file (e.g. enable-tls12.reg). */
  filename: z.string().optional(),
});
export type CodeBlock = z.infer<typeof codeBlockSchema>;

/** A cited source. */
export const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.url(),
});

/** English pages carry `revision`; Chinese twins carry `translatedRevision`, the English revision they translate. */
export const revisionFields = {
  /** English only: bump when the meaning of the page changes. */
  revision: z.number().int().positive().optional(),
  /** Chinese only: the English `revision` this translation was made from. */
  translatedRevision: z.number().int().positive().optional(),
  /** Date a person last checked the page against FACTS.md (YYYY-MM-DD). */
  lastReviewed: z.coerce.date(),
};
