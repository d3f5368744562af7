import { z } from 'astro/zod';
import { artifactRefSchema } from './artifacts.ts';
import { codeBlockSchema, fixId, inlineText } from './common.ts';
import { driverSchema, fixKindSchema, platformSchema, riskSchema } from './vocabulary.ts';

/** One step of a fix: a sentence, optionally followed by a code block or a generated artifact (never both). */
export const fixStepSchema = z
  .object({
    text: inlineText,
    code: codeBlockSchema.optional(),
    /** A generated file or block from content/artifacts/ (registry change, OpenSSL policy), with its downloads. */
    artifact: artifactRefSchema.optional(),
  })
  .refine((step) => !(step.code && step.artifact), { message: 'a step shows either `code` or `artifact`, not both' });

/** The same fix written for one driver (a tab in the driver switcher). */
export const driverVariantSchema = z.object({
  driver: driverSchema,
  /** What the tab shows when the driver family needs a narrower name (e.g. "pyodbc / ODBC 18"). */
  label: z.string().optional(),
  /** Driver version that introduced the keyword, e.g. "5.0" or "18.0". */
  minVersion: z.string().optional(),
  code: codeBlockSchema,
  note: inlineText.optional(),
});

export const fixSchema = z
  .object({
    /** Stable anchor (`#fix-...`), identical in both languages, never renamed. */
    id: fixId,
    kind: fixKindSchema,
    title: z.string().min(1),
    /** Operating systems the fix applies to. */
    platforms: z.array(platformSchema).min(1),
    /** Driver families the fix applies to; omit when it applies to every driver. */
    drivers: z.array(driverSchema).optional(),
    /** Which machine to change. */
    appliesTo: z.enum(['client', 'server', 'both', 'network']),
    risk: riskSchema,
    /** Required when risk is lowers-security: what is lost, in one or two sentences. */
    warning: inlineText.optional(),
    /** The safer fix to prefer (a fix id in the same scenario, or `<slug>#fix-...`). */
    saferAlternative: z.string().optional(),
    steps: z.array(fixStepSchema).min(1),
    /** Per-driver versions of the same change, shown as tabs. */
    variants: z.array(driverVariantSchema).optional(),
  })
  .refine((fix) => fix.risk !== 'lowers-security' || (fix.warning && fix.saferAlternative), {
    message: 'a fix that lowers security needs `warning` and `saferAlternative`',
  });
export type Fix = z.infer<typeof fixSchema>;
