import { z } from 'astro/zod';
import { certificateFindingIds } from '../ids/certificateFindings.ts';
import { fixId, kebabId } from './common.ts';

/** The client stacks a certificate finding can name as broken (`all`: every client that validates). */
export const certificateClientIds = ['all', 'server', 'schannel', 'openssl', 'java', 'go', 'node'] as const;
const clientId = z.enum(certificateClientIds);
const inBothLanguages = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });

export const certificateWordKeys = [
  'title',
  'intro',
  'privacy',
  'inputLabel',
  'inputHelp',
  'fileLabel',
  'hostLabel',
  'hostHelp',
  'submit',
  'noScript',
  'findings',
  'read',
  'subject',
  'issuer',
  'validity',
  'names',
  'key',
  'signature',
  'thumbprint',
  'checks',
  'cannot',
  'cannotText',
  'ok',
  'privateKey',
  'csr',
  'pkcs12',
  'truncated',
  'unreadable',
  'tooMany',
  'nothing',
  'hostsChecked',
  'hostsNone',
  'breaks',
  'fix',
  'working',
  'searchLink',
  'hint',
  'hintLink',
] as const;
export type CertificateWordKey = (typeof certificateWordKeys)[number];
const words = z.strictObject(Object.fromEntries(certificateWordKeys.map((key) => [key, z.string().min(1)])) as Record<CertificateWordKey, z.ZodString>);

/**
 * content/certificate/findings.yaml: every certificate finding once, worst first, with the scenario and
 * fix that resolve it (checked against the scenarios at build time), how serious it is, the clients it
 * is known to break and its sentence in each language; plus the page's words about the paste itself.
 */
export const certificateFindingsSchema = z.strictObject({
  clients: z.strictObject(Object.fromEntries(certificateClientIds.map((id) => [id, inBothLanguages])) as Record<(typeof certificateClientIds)[number], typeof inBothLanguages>),
  findings: z
    .array(
      z.strictObject({
        finding: z.enum(certificateFindingIds),
        scenario: kebabId,
        fix: fixId,
        severity: z.enum(['error', 'warning', 'info']),
        breaks: z.array(clientId),
        title: inBothLanguages,
        text: inBothLanguages,
      }),
    )
    .superRefine((rows, ctx) => {
      for (const id of certificateFindingIds) {
        const count = rows.filter((row) => row.finding === id).length;
        if (count !== 1)
          ctx.addIssue({ code: 'custom', message: count ? `finding ${id} is listed ${count} times` : `finding ${id} is missing: give its scenario, fix and sentences` });
      }
    }),
  words: z.strictObject({ en: words, zh: words }),
});
export type CertificateFindings = z.infer<typeof certificateFindingsSchema>;
