import { z } from 'astro/zod';
import { driverSchema, platformSchema } from './vocabulary.ts';

/** A case-insensitive regular expression, checked to compile. */
const pattern = z.string().refine((source) => {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** content/diagnosis/hints.yaml: how pasted text names its driver and platform. */
export const diagnosisHintsSchema = z.object({
  drivers: z.array(z.object({ id: driverSchema, patterns: z.array(pattern).min(1) })),
  platforms: z.array(z.object({ platforms: z.array(platformSchema).min(1), why: z.string(), patterns: z.array(pattern).min(1) })),
});
export type DiagnosisHints = z.infer<typeof diagnosisHintsSchema>;
