import { z } from 'astro/zod';

/** A failure fact's id: lower-case words joined by hyphens (`cert-untrusted`). */
export const factIdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a fact id is lower-case words joined by hyphens');

export const factScopeSchema = z.enum(['tls', 'other', 'context']);
export type FactScope = z.infer<typeof factScopeSchema>;

/**
 * What failed, independent of the stack that printed it (content/diagnosis/facts.yaml).
 * `tls` facts are handshake failures that scenarios resolve; `other` facts are failures outside
 * the handshake (login, instance lookup, TCP, Kerberos), answered by saying so; `context` facts say
 * something about the reader's situation, not what failed (the driver encrypts by default, the failure
 * comes and goes): they tell apart scenarios that resolve the same failure and count only beside one.
 */
export const failureFactSchema = z
  .object({
    id: factIdSchema,
    scope: factScopeSchema,
    about: z.string().min(10),
    /**
     * An `other` failure that happens after a handshake succeeded (the login, Windows authentication): a
     * text that also states a strong handshake failure stays a TLS case (tools that retry without
     * encryption print their fallback's login failure after the handshake failure).
     */
    afterHandshake: z.literal(true).optional(),
    /**
     * Handshake failures whose messages this failure also produces: where this fact is read strongly
     * (weight 4 or more), their reading in the same text is this failure's. SEC_E_WRONG_PRINCIPAL beside
     * `Cannot generate SSPI context` is Kerberos's wrong SPN, not a certificate without the server's name.
     */
    absorbs: z.array(factIdSchema).min(1).optional(),
    /**
     * An `other` failure that does not rule TLS out, only shows nothing of it yet (a timer that covers the
     * whole connection): the answer says what to check first and is not headed "not a TLS failure".
     */
    inconclusive: z.literal(true).optional(),
    /**
     * A handshake failure that says only that the connection ended, stalled or failed, not why (a reset,
     * an EOF, a bare `handshake failed`): connections end the same way for causes outside TLS, so a text
     * that states nothing more about TLS gets, beside its scenarios, the answer that it may not be TLS at all.
     */
    alsoOutsideTls: z.literal(true).optional(),
  })
  .strict()
  .refine((fact) => !fact.afterHandshake || fact.scope === 'other', { message: 'afterHandshake is for facts of scope other', path: ['afterHandshake'] })
  .refine((fact) => !fact.inconclusive || fact.scope === 'other', { message: 'inconclusive is for facts of scope other', path: ['inconclusive'] })
  .refine((fact) => !fact.alsoOutsideTls || fact.scope === 'tls', { message: 'alsoOutsideTls is for facts of scope tls', path: ['alsoOutsideTls'] });
export type FailureFact = z.infer<typeof failureFactSchema>;

export const failureFactsSchema = z
  .object({ facts: z.array(failureFactSchema).min(1) })
  .strict()
  .superRefine(({ facts }, ctx) => {
    const seen = new Set<string>();
    for (const [i, fact] of facts.entries()) {
      if (seen.has(fact.id)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `fact "${fact.id}" is declared twice` });
      seen.add(fact.id);
    }
  });
