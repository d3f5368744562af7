import { z } from 'astro/zod';
import { factIdSchema } from './failureFacts.ts';
import { checkId, codeBlockSchema, inlineText, kebabId, revisionFields, sourceSchema } from './common.ts';
import { fixSchema } from './fix.ts';
import { signalSchema } from './signal.ts';
import { driverSchema, handshakeStepSchema, platformSchema, sideSchema } from './vocabulary.ts';

/** A verbatim error text as a user sees it. */
export const errorTextSchema = z.object({
  /** Exactly as printed (placeholders like <server> allowed). */
  text: z.string().min(3),
  /** Who prints it: "Microsoft.Data.SqlClient (Windows)", "SQL Server error log", "Schannel event 36888"... */
  source: z.string().min(1),
  driver: driverSchema.optional(),
  /** Language of the text when it is not English (localized Windows or SQL Server messages), e.g. zh-CN, de. */
  lang: z.string().optional(),
});

/** A way to confirm the scenario: a command to run and what to look for. */
export const checkSchema = z.object({
  id: checkId,
  title: z.string().min(1),
  platforms: z.array(platformSchema).min(1),
  text: inlineText,
  code: codeBlockSchema.optional(),
  /** What the output shows when this scenario is the cause. */
  lookFor: inlineText,
});

/** An outdated claim (often from an old article) and what is true instead. */
export const misconceptionSchema = z.object({ claim: inlineText, truth: inlineText });

export const scenarioSchema = z.object({
  ...revisionFields,
  title: z.string().min(1),
  /** The title in a few words, for the scenario rail beside every article (it has about 14 rem). */
  navTitle: z.string().min(1).max(40),
  /** One sentence: the cause in plain words. Used in results, previews and tickets. */
  summary: z.string().min(20).max(240),
  side: sideSchema,
  /** The handshake step where the connection fails. */
  stage: handshakeStepSchema,
  platforms: z.array(platformSchema).min(1),
  drivers: z.array(driverSchema).default([]),
  errors: z.array(errorTextSchema).min(1),
  /**
   * The failure facts (content/diagnosis/facts.yaml) this scenario resolves, and how strongly: 5 = this is
   * the scenario for the fact, 1 = one of several. Diagnosis reads facts from a paste through the stack
   * vocabularies; `signals` stay for phrases specific to this scenario. `onlyWith` names context facts of
   * which the text must state one for the entry to count: a reset is this scenario's only where the
   * client is known to use the system OpenSSL.
   */
  resolves: z
    .array(z.object({ fact: factIdSchema, weight: z.number().int().min(1).max(5), onlyWith: z.array(factIdSchema).min(1).optional() }).strict())
    .min(1)
    .refine((list) => new Set(list.map((r) => r.fact)).size === list.length, 'a fact is listed twice'),
  /**
   * The scenario is a situation (Azure SQL, FIPS mode, SQL Server on Linux, SQL Server as a client)
   * rather than a failure of its own: the facts it resolves are common ones, and count for it only when a
   * paste also names the situation (one of its signals or context phrases).
   */
  situational: z.boolean().default(false),
  /**
   * The scenario is about how the drivers it lists behave (a default they changed, the TLS library they
   * use), not about the server or the network: a paste that names only other drivers is ranked lower
   * (a JSSE message is not the OpenSSL policy's; System.Data.SqlClient never changed its Encrypt default).
   */
  driverSpecific: z.boolean().default(false),
  /**
   * Words a reader types who knows the topic but has no message to paste (SHA1, Kerberos, 密码套件):
   * matched by the search box's fuzzy matching for typed queries only, never read from a paste. Each
   * must occur in the article (the `keywordsInArticle` rule), so a keyword never leads where the page is silent.
   */
  keywords: z.array(z.string().trim().min(2).max(40)).max(12).default([]),
  signals: z.array(signalSchema).min(1),
  checks: z.array(checkSchema).min(1),
  fixes: z.array(fixSchema).min(1),
  misconceptions: z.array(misconceptionSchema).default([]),
  related: z.array(kebabId).default([]),
  sources: z.array(sourceSchema).min(1),
});
export type Scenario = z.infer<typeof scenarioSchema>;
