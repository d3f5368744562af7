import { readDataFile } from '../contentModel/dataFiles.ts';
import { articles, readArticles } from '../contentModel/project.ts';
import type { FindingReason } from '../schemas/probeFindings.ts';
import type { FindingMeaning } from './findings.ts';
import type { ProbeMessages } from '../schemas/probeMessages.ts';
import { locales, type Locale } from '../schemas/vocabulary.ts';
import type { Tls12Builds } from '../schemas/wizard.ts';

/** What the probe takes from the knowledge base: nothing about scenarios is written in its code. */
export interface ProbeContent {
  /** First builds with TLS 1.2 (KB 3135244), to judge the server's PRELOGIN version. */
  tls12Builds: Tls12Builds;
  /** The scenario each finding belongs to and the failure fact it predicts (content/probe/findings.yaml). */
  meaningOf: (reason: FindingReason) => FindingMeaning;
  /** The report's words (content/probe/messages.yaml). */
  messages: ProbeMessages;
  /** Scenario titles per language, for the report. */
  titles: Record<Locale, Map<string, string>>;
}

/** Reads the probe's content from the project at `root` (checked by the content rules at build time). */
export function readProbeContent(root: string): ProbeContent {
  const findings = new Map(
    readDataFile(root, 'probeFindings').map(({ finding, scenario, fact }): [FindingReason, FindingMeaning] => [finding, { scenario, ...(fact ? { fact } : {}) }]),
  );
  const project = readArticles(root);
  return {
    tls12Builds: readDataFile(root, 'tls12Builds'),
    meaningOf: (reason) => findings.get(reason) ?? { scenario: '' },
    messages: readDataFile(root, 'probeMessages'),
    titles: Object.fromEntries(locales.map((lang) => [lang, new Map(articles(project, 'scenarios', lang).map((e) => [e.id, e.value.title]))])) as ProbeContent['titles'],
  };
}
