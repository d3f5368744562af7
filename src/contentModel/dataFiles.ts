import type { z } from 'astro/zod';
import { opensslPoliciesSchema, registryChangesSchema } from '../schemas/artifacts.ts';
import { certificateFindingsSchema } from '../schemas/certificateFindings.ts';
import { connectionStringsSchema } from '../schemas/connectionStrings.ts';
import { diagnosisHintsSchema } from '../schemas/diagnosisHints.ts';
import { failureFactsSchema } from '../schemas/failureFacts.ts';
import { clientFindingsSchema, probeFindingsSchema } from '../schemas/probeFindings.ts';
import { clientPredictionsSchema } from '../schemas/clientPredictions.ts';
import { windowsClientFindingsSchema } from '../schemas/windowsClientFindings.ts';
import { probeMessagesSchema } from '../schemas/probeMessages.ts';
import { homeSchema, redirectsSchema, uiStringsSchema } from '../schemas/siteData.ts';
import { tls12BuildsSchema, wizardTreeSchema } from '../schemas/wizard.ts';
import { readData } from './readData.ts';

/**
 * Every data file under content/ besides the bilingual articles, with its schema. Features read them
 * through `readDataFile`; the content check reads them all (src/contentModel/project.ts).
 */
export const dataFiles = {
  hints: { file: 'content/diagnosis/hints.yaml', schema: diagnosisHintsSchema },
  facts: { file: 'content/diagnosis/facts.yaml', schema: failureFactsSchema },
  wizardTree: { file: 'content/wizard/tree.yaml', schema: wizardTreeSchema },
  tls12Builds: { file: 'content/wizard/tls12-builds.yaml', schema: tls12BuildsSchema },
  registry: { file: 'content/artifacts/registry.yaml', schema: registryChangesSchema },
  openssl: { file: 'content/artifacts/openssl.yaml', schema: opensslPoliciesSchema },
  connectionStrings: { file: 'content/connection-strings/drivers.yaml', schema: connectionStringsSchema },
  probeFindings: { file: 'content/probe/findings.yaml', schema: probeFindingsSchema },
  clientFindings: { file: 'content/probe/client-findings.yaml', schema: clientFindingsSchema },
  clientPredictions: { file: 'content/probe/client-predictions.yaml', schema: clientPredictionsSchema },
  windowsClientFindings: { file: 'content/probe/windows-client-findings.yaml', schema: windowsClientFindingsSchema },
  probeMessages: { file: 'content/probe/messages.yaml', schema: probeMessagesSchema },
  certificateFindings: { file: 'content/certificate/findings.yaml', schema: certificateFindingsSchema },
  home: { file: 'content/home.json', schema: homeSchema },
  redirects: { file: 'content/redirects.json', schema: redirectsSchema },
  uiStringsEn: { file: 'content/i18n/en.json', schema: uiStringsSchema },
  uiStringsZh: { file: 'content/i18n/zh-CN.json', schema: uiStringsSchema },
} as const satisfies Record<string, { file: string; schema: z.ZodType }>;

export type DataFileName = keyof typeof dataFiles;
export type DataFiles = { [K in DataFileName]: z.infer<(typeof dataFiles)[K]['schema']> };

/** Reads and checks one data file of the project at `root`; throws naming the file and field at fault. */
export function readDataFile<K extends DataFileName>(root: string, name: K): DataFiles[K] {
  return readData(root, dataFiles[name].file, dataFiles[name].schema) as DataFiles[K];
}

const cache = new Map<DataFileName, unknown>();

/** A data file of the project being built (the working directory), read once per process. */
export function loadDataFile<K extends DataFileName>(name: K): DataFiles[K] {
  if (!cache.has(name)) cache.set(name, readDataFile(process.cwd(), name));
  return cache.get(name) as DataFiles[K];
}
