import { z } from 'astro/zod';
import { clientKinds, predictionTests } from '../ids/clientKinds.ts';
import { kebabId } from './common.ts';
import { findingReasonSchema } from './probeFindings.ts';
import { driverSchema } from './vocabulary.ts';

const clientKindSchema = z.enum(clientKinds);

/** content/probe/client-predictions.yaml: how `sqltls probe --client` turns a server and a client policy into a verdict. */
export const clientPredictionsSchema = z.strictObject({
  clients: z.strictObject(
    Object.fromEntries(clientKinds.map((kind) => [kind, z.strictObject({ driver: driverSchema })])) as Record<
      (typeof clientKinds)[number],
      z.ZodObject<{ driver: typeof driverSchema }>
    >,
  ),
  everyClient: z.array(findingReasonSchema).min(1),
  rules: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
        test: z.enum(predictionTests),
        clients: z.array(clientKindSchema).min(1),
        scenario: kebabId,
        fact: kebabId,
        /** Why this client fails, in each language: one sentence before the compared values. */
        reason: z.strictObject({ en: z.string().min(10), zh: z.string().min(5) }),
      }),
    )
    .min(1)
    .superRefine((rules, ctx) => {
      const ids = rules.map((rule) => rule.id);
      for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) ctx.addIssue({ code: 'custom', message: `rule ${id} is listed twice` });
      for (const test of predictionTests) if (!rules.some((rule) => rule.test === test)) ctx.addIssue({ code: 'custom', message: `no rule uses the test ${test}` });
    }),
});
export type ClientPredictions = z.infer<typeof clientPredictionsSchema>;
