import { z } from 'astro/zod';
import { kebabId } from './common.ts';
import { driverSchema, platformSchema } from './vocabulary.ts';

/** Text in both languages; a wizard node is incomplete without either. */
const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/** When a pasted error answers a choice. Any listed item matching is enough. */
export const choiceConditionSchema = z.object({
  providers: z.array(z.string()).optional(),
  codes: z.array(z.string()).optional(),
  phrases: z.array(z.string()).optional(),
  /** Failure facts (content/diagnosis/facts.yaml) the stack vocabularies read from the paste. */
  facts: z.array(kebabId).optional(),
  /** Driver ids, optionally with a major version: `odbc@18`. */
  drivers: z.array(z.string().regex(/^[a-z]+(?:@\d+)?$/)).optional(),
  /** Matches when every platform the text points to is in this list. */
  platforms: z.array(platformSchema).optional(),
  /** Matches a pasted `SELECT @@VERSION` compared with the TLS 1.2 build table. */
  sqlBuild: z.enum(['supports-tls12', 'lacks-tls12']).optional(),
});
export type ChoiceCondition = z.infer<typeof choiceConditionSchema>;

export const wizardChoiceSchema = z.object({
  /** Permanent: it is a segment of the step URLs. */
  id: kebabId,
  label: bilingual,
  next: kebabId,
  when: choiceConditionSchema.optional(),
  /** Platform or driver this answer implies, used to put the matching fixes first. */
  sets: z.object({ platforms: z.array(platformSchema).optional(), driver: driverSchema.optional() }).optional(),
});
export type WizardChoice = z.infer<typeof wizardChoiceSchema>;

export const questionNodeSchema = z.object({
  id: kebabId,
  kind: z.literal('question'),
  question: bilingual,
  help: bilingual.optional(),
  /** A check the user can run to answer: a command, and the TLS 1.2 build table when relevant. */
  check: z.object({ code: z.string().min(1), buildTable: z.boolean().optional() }).optional(),
  choices: z.array(wizardChoiceSchema).min(2),
});

export const outcomeNodeSchema = z.object({
  id: kebabId,
  kind: z.literal('outcome'),
  /** One scenario, or two when the answers cannot separate them (then `decide` says how). */
  scenarios: z.array(kebabId).min(1).max(3),
  /** Fix ids (in those scenarios) to put first. */
  fixes: z.array(z.string().regex(/^fix-/)).default([]),
  decide: bilingual.optional(),
  /**
   * The answers fit a connection that is reset or stalls with no TLS cause shown, which also happens for
   * causes outside TLS: the outcome says so and offers the probe that tells (as search does for such a text).
   */
  perhapsNotTls: z.literal(true).optional(),
});

export const wizardNodeSchema = z.discriminatedUnion('kind', [questionNodeSchema, outcomeNodeSchema]);
export type WizardNode = z.infer<typeof wizardNodeSchema>;
export type QuestionNode = z.infer<typeof questionNodeSchema>;
export type OutcomeNode = z.infer<typeof outcomeNodeSchema>;

/** Longest allowed path, in answers, from the start to an outcome (checked by the content rules). */
export const maxAnswers = 5;

export const wizardTreeSchema = z.object({ start: kebabId, nodes: z.array(wizardNodeSchema).min(2) });
export type WizardTree = z.infer<typeof wizardTreeSchema>;

/** content/wizard/tls12-builds.yaml: first builds with TLS 1.2 per SQL Server version (KB 3135244). */
export const tls12BuildsSchema = z.object({
  source: z.url(),
  allBuildsFromMajor: z.number().int(),
  noBuildsBelowMajor: z.number().int(),
  versions: z.array(
    z.object({
      name: z.string(),
      prefix: z.string().regex(/^\d+\.\d+$/),
      firstBuilds: z.array(z.object({ build: z.string().regex(/^\d+\.\d+\.\d+\.\d+$/), branch: z.string() })).min(1),
    }),
  ),
});
export type Tls12Builds = z.infer<typeof tls12BuildsSchema>;
