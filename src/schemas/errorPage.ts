import { z } from 'astro/zod';
import { inlineText, kebabId, revisionFields, sourceSchema } from './common.ts';

/** A scenario an error can mean, and the evidence that points to it. */
export const errorCandidateSchema = z.object({
  slug: kebabId,
  /** What the user sees or checks that makes this scenario the likely one. */
  when: inlineText,
});

export const errorPageSchema = z.object({
  ...revisionFields,
  title: z.string().min(1),
  summary: z.string().min(20).max(240),
  /** Every way the error is written: decimal, hex, negative decimal, symbolic name, short phrase. */
  codes: z.array(z.string().regex(/^-?[a-z0-9][a-z0-9_-]*$/, 'codes are lowercase URL-safe tokens, e.g. 0x2746, -2146893019, forcibly-closed')).min(1),
  /** Verbatim messages that carry this error. */
  messages: z.array(z.object({ text: z.string().min(3), source: z.string().min(1), lang: z.string().optional() })).min(1),
  scenarios: z.array(errorCandidateSchema).min(1),
  sources: z.array(sourceSchema).min(1),
});
export type ErrorPage = z.infer<typeof errorPageSchema>;
