import { z } from 'astro/zod';
import { pasteChecks } from '../ids/pasteChecks.ts';
import { kebabId } from './common.ts';
import { driverSchema, riskSchema } from './vocabulary.ts';

/** Text in both languages. */
const bilingual = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });

/** The intents the builder offers; labels are UI strings (`cs.intent.<id>`). */
export const intentIds = ['validate', 'hostname', 'certificate', 'trust-dev', 'strict'] as const;
export const intentIdSchema = z.enum(intentIds);
export type IntentId = z.infer<typeof intentIdSchema>;

/** How a driver's settings are written: a connection string, a URL, a config object or command-line switches. */
export const syntaxes = ['adonet', 'odbc', 'pyodbc', 'jdbc', 'tedious', 'go', 'sqlcmd', 'go-sqlcmd', 'powershell'] as const;

/**
 * The syntaxes the paste check reads (a keyword string, with or without an ODBC `Driver=`, a JDBC URL, a
 * go-mssqldb URL). A pasted string in one of them is read as that syntax's only driver, or as the one
 * marked `pasteDefault` (an ODBC string names its driver, so it is read as that one when it is listed).
 */
export const pastedSyntaxes = ['adonet', 'odbc', 'jdbc', 'go'] as const;
export type PastedSyntax = (typeof pastedSyntaxes)[number];

const intentSettingsSchema = z.union([
  z.strictObject({
    /** Keyword/value pairs in the order they are written. */
    settings: z.array(z.tuple([z.string().min(1), z.string()])).min(1),
    /** First driver version with every keyword and value used, e.g. "5.1". */
    since: z.string().optional(),
    note: bilingual.optional(),
  }),
  z.strictObject({ unsupported: bilingual }),
]);
export type IntentSettings = z.infer<typeof intentSettingsSchema>;

const driverSchemaBase = z.strictObject({
  id: kebabId,
  /** The ?driver= family on scenario pages (driver tabs). */
  family: driverSchema,
  name: z.string().min(1),
  syntax: z.enum(syntaxes),
  /** ODBC: the Driver={...} name. */
  odbcDriver: z.string().optional(),
  encryptDefault: bilingual.optional(),
  /** Values the driver's Encrypt keyword accepts (case-insensitive), for the paste check. */
  encryptValues: z.array(z.union([z.string(), z.boolean()]).transform(String)).optional(),
  /** The TLS keywords this driver knows (for the paste check's spelling suggestions). */
  keywords: z.array(z.string().min(1)).optional(),
  intents: z.record(intentIdSchema, intentSettingsSchema).optional(),
  /** Use another driver's keywords and settings, written in this driver's syntax (pyodbc over ODBC 18). */
  sameAs: kebabId.optional(),
  /** The driver a pasted string of this syntax is read as, where several drivers share it. */
  pasteDefault: z.literal(true).optional(),
  note: bilingual.optional(),
});

export const connectionStringsSchema = z
  .strictObject({
    server: z.string().min(1),
    /** The address the hostname intent connects to (an IP address or alias not in the certificate). */
    serverByAddress: z.string().min(1),
    database: z.string().min(1),
    /** The scenario pages that show the builder and the paste check, and what the check looks at on each. */
    showOn: z.record(kebabId, z.array(z.enum(pasteChecks)).min(1)),
    intents: z.array(z.strictObject({ id: intentIdSchema, risk: riskSchema })).length(intentIds.length),
    drivers: z.array(driverSchemaBase).min(1),
  })
  .superRefine((data, ctx) => {
    const ids = new Set(data.drivers.map((d) => d.id));
    for (const [index, driver] of data.drivers.entries()) {
      const path = ['drivers', index];
      if (driver.sameAs && !ids.has(driver.sameAs)) ctx.addIssue({ code: 'custom', path, message: `${driver.id}: sameAs names unknown driver "${driver.sameAs}"` });
      if (!driver.sameAs) {
        for (const intent of intentIds) {
          if (!driver.intents?.[intent]) ctx.addIssue({ code: 'custom', path, message: `${driver.id}: intent "${intent}" is missing (give settings or unsupported)` });
        }
        if (!driver.keywords?.length) ctx.addIssue({ code: 'custom', path, message: `${driver.id}: keywords are missing` });
      }
      if ((driver.syntax === 'odbc') !== Boolean(driver.odbcDriver))
        ctx.addIssue({ code: 'custom', path, message: `${driver.id}: odbcDriver is required exactly for the odbc syntax` });
    }
    for (const syntax of pastedSyntaxes) {
      const readers = data.drivers.filter((d) => d.syntax === syntax);
      const marked = readers.filter((d) => d.pasteDefault);
      if (!readers.length) ctx.addIssue({ code: 'custom', path: ['drivers'], message: `no driver has the ${syntax} syntax, which the paste check reads` });
      else if (readers.length > 1 && marked.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['drivers'],
          message: `${readers.map((d) => d.id).join(', ')} share the ${syntax} syntax: mark exactly one \`pasteDefault: true\` (the driver a pasted ${syntax} string is read as)`,
        });
      }
    }
  });
export type ConnectionStrings = z.infer<typeof connectionStringsSchema>;
export type ConnectionDriver = ConnectionStrings['drivers'][number];
