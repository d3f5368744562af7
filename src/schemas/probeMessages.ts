import { z } from 'astro/zod';
import { findingReasons } from './probeFindings.ts';
import { probeFailureKinds } from '../ids/probeFailures.ts';
import { clientFindingIds } from '../ids/clientFindings.ts';
import { predictionNotes } from '../ids/clientKinds.ts';
import { windowsReportProblems } from '../ids/windowsClientFindings.ts';

const labels = [
  'heading',
  'target',
  'version',
  'tls12Build',
  'tls12.supports-tls12',
  'tls12.lacks-tls12',
  'tls12.depends',
  'encryption',
  'protocols',
  'cipher',
  'dhe',
  'certificate',
  'subject',
  'san',
  'issuer',
  'validity',
  'signature',
  'key',
  'eku',
  'nameMatch',
  'chain',
  'findings',
  'none',
  'yes',
  'no',
  'failed',
  'detail',
] as const;
/** The words of `sqltls client`'s report; its findings' sentences are `client.<finding>`. */
const clientLabels = [
  'client.heading',
  'client.openssl',
  'client.opensslMissing',
  'client.version',
  'client.configFile',
  'client.filesRead',
  'client.chain',
  'client.chainMissing',
  'client.notSet',
  'client.cryptoPolicy',
  'client.node',
  'client.java',
  'client.javaMissing',
  'client.tlsDisabled',
  'client.certpathDisabled',
  'client.findings',
  'client.none',
] as const;
/** The words of `sqltls probe --client`'s verdict (each rule's sentence is in client-predictions.yaml), each note's `predict.note.<id>`. */
const predictLabels = [
  'predict.heading',
  'predict.connects',
  'predict.fails',
  'predict.unknown',
  'predict.fix',
  'predict.warning',
  'predict.missing.noJdk',
  'predict.missing.noOpenssl',
] as const;
/** The words of `sqltls client --windows`: a Windows client's report read from sqltls-client.ps1's output. */
const windowsLabels = ['windows.heading', 'windows.os', 'windows.findings', 'windows.none', 'windows.unreadable'] as const;
const keys = [
  ...labels,
  ...windowsLabels,
  ...windowsReportProblems.map((id) => `windows.problem.${id}`),
  ...clientLabels,
  ...predictLabels,
  ...predictionNotes.map((id) => `predict.note.${id}`),
  ...findingReasons.map((reason) => `reason.${reason}`),
  ...clientFindingIds.map((id) => `client.${id}`),
  ...probeFailureKinds.map((kind) => `failure.${kind}`),
];

/** One language's probe words: every report label, one sentence per finding and per failure kind, nothing else. */
const languageMessages = z.record(z.string(), z.string().min(1)).superRefine((messages, ctx) => {
  for (const key of keys) if (!(key in messages)) ctx.addIssue({ code: 'custom', message: `missing "${key}"` });
  for (const key of Object.keys(messages)) if (!keys.includes(key)) ctx.addIssue({ code: 'custom', message: `unknown key "${key}"` });
});

/** content/probe/messages.yaml */
export const probeMessagesSchema = z.object({ en: languageMessages, zh: languageMessages });
export type ProbeMessages = z.infer<typeof probeMessagesSchema>;
