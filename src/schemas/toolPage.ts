import { z } from 'astro/zod';
import { revisionFields, sourceSchema } from './common.ts';

/** A page about one of the project's tools (the probe): prose in the body, sources cited. */
export const toolPageSchema = z.object({
  ...revisionFields,
  title: z.string().min(1),
  summary: z.string().min(20).max(240),
  sources: z.array(sourceSchema).min(1),
});
export type ToolPage = z.infer<typeof toolPageSchema>;
