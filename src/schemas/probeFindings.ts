import { z } from 'astro/zod';
import { kebabId } from './common.ts';
import { clientFindingIds } from '../ids/clientFindings.ts';

/**
 * What the probe can find. src/probe/findings.ts detects them; each id is permanent (the anchor of its
 * row on the probe's page), and content says what each means: its scenario (content/probe/findings.yaml)
 * and its sentence in each language (content/probe/messages.yaml).
 */
export const findingReasons = [
  'strictOnly',
  'buildLacksTls12',
  'noTls12',
  'resetAtHello',
  'legacyEnabled',
  'noHandshake',
  'dheOffered',
  'noPrelogin',
  'encryptionNotSupported',
  'eku',
  'dates',
  'untrusted',
  'revoked',
  'name',
  'hash',
  'keySize',
] as const;
export const findingReasonSchema = z.enum(findingReasons);
export type FindingReason = z.infer<typeof findingReasonSchema>;

/** The permanent anchor of a finding on the probe's page: `noTls12` → `finding-no-tls12`. */
export const findingAnchor = (reason: FindingReason) => `finding-${reason.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * content/probe/findings.yaml: every finding once, in the probe page's order, with the scenario it belongs
 * to and the failure fact (content/diagnosis/facts.yaml) it predicts for a client that meets it: the
 * fact search and the wizard read from that client's error. A finding that predicts no failure (a
 * hardening note) names none.
 */
export const probeFindingsSchema = z.array(z.strictObject({ finding: findingReasonSchema, scenario: kebabId, fact: kebabId.optional() })).superRefine((rows, ctx) => {
  const listed = rows.map((row) => row.finding);
  for (const reason of findingReasons) {
    const count = listed.filter((f) => f === reason).length;
    if (count !== 1)
      ctx.addIssue({ code: 'custom', message: count ? `finding ${reason} is listed ${count} times` : `finding ${reason} is missing: give the scenario it belongs to` });
  }
});
export type ProbeFindings = z.infer<typeof probeFindingsSchema>;

/** content/probe/client-findings.yaml: every `sqltls client` finding once, with its scenario and the failure fact it predicts. */
export const clientFindingsSchema = z.array(z.strictObject({ finding: z.enum(clientFindingIds), scenario: kebabId, fact: kebabId })).superRefine((rows, ctx) => {
  for (const id of clientFindingIds) {
    const count = rows.filter((row) => row.finding === id).length;
    if (count !== 1) ctx.addIssue({ code: 'custom', message: count ? `finding ${id} is listed ${count} times` : `finding ${id} is missing: give the scenario it belongs to` });
  }
});
export type ClientFindings = z.infer<typeof clientFindingsSchema>;
