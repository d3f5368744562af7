import { z } from 'astro/zod';
import { inlineText, revisionFields, sourceSchema } from './common.ts';
import { handshakeStepSchema } from './vocabulary.ts';

/** The tls-handshake overview: one entry per handshake step, in the page's language. */
export const overviewPageSchema = z.object({
  ...revisionFields,
  title: z.string().min(1),
  summary: z.string().min(20).max(240),
  steps: z.array(z.object({ id: handshakeStepSchema, label: z.string().min(1), detail: inlineText })).min(1),
  sources: z.array(sourceSchema).min(1),
});
export type OverviewPage = z.infer<typeof overviewPageSchema>;
