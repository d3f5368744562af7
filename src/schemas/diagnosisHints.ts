import { z } from 'astro/zod';
import { factIdSchema } from './failureFacts.ts';
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

/** A dotted version (`18`, `4.0`, `10.2`): compared number by number. */
const versionSchema = z.string().regex(/^\d+(?:\.\d+)*$/, 'a version is numbers joined by dots');

/**
 * A context fact a named driver implies: from version `since` on (the version the text gives, the
 * pattern's capture), or whatever the version when the text gives none and `withoutVersion` says so.
 */
const impliedFactSchema = z
  .object({
    fact: factIdSchema,
    since: versionSchema.optional(),
    /** Whether a text naming the driver without a version counts (the versions in use today all do). */
    withoutVersion: z.boolean(),
    /** Only where the text points to one of these platforms (ODBC uses the system OpenSSL on Linux and macOS, Schannel on Windows). */
    platforms: z.array(platformSchema).min(1).optional(),
    /**
     * Patterns that show the setting was chosen, not left at the driver's default (`"encrypt" property is
     * set to "strict"`): where one is in the text, the driver's default says nothing and the fact does not hold.
     */
    unless: z.array(pattern).min(1).optional(),
    /** Where the behaviour is documented (release notes, the driver's keyword reference). */
    source: z.url(),
    why: z.string().min(10),
  })
  .strict();

/** content/diagnosis/hints.yaml: how pasted text names its driver and platform. */
export const diagnosisHintsSchema = z.object({
  drivers: z.array(z.object({ id: driverSchema, patterns: z.array(pattern).min(1), implies: z.array(impliedFactSchema).default([]) })),
  platforms: z.array(z.object({ platforms: z.array(platformSchema).min(1), why: z.string(), patterns: z.array(pattern).min(1) })),
  /**
   * Facts read from names and addresses (`SQL Server 2012`, `Debian 11`, `https://host:1433`): context
   * facts, or a failure outside TLS; patterns say them more compactly than phrase lists.
   */
  situations: z
    .array(
      z
        .object({
          fact: factIdSchema,
          /** How surely the pattern says it (default 4); a fact outside TLS said at 3 or more is answered as such. */
          weight: z.number().int().min(1).max(5).default(4),
          patterns: z.array(pattern).min(1),
          source: z.url(),
          why: z.string().min(10),
        })
        .strict(),
    )
    .default([]),
});
export type DiagnosisHints = z.infer<typeof diagnosisHintsSchema>;
