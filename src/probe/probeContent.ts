import type { ClientFindingId } from '../ids/clientFindings.ts';
import type { Locale } from '../ids/locales.ts';
import type { FindingReason } from '../schemas/probeFindings.ts';
import type { ProbeMessages } from '../schemas/probeMessages.ts';
import type { Tls12Builds } from '../schemas/wizard.ts';
import type { FindingMeaning } from './findings.ts';

/**
 * What the probe takes from the knowledge base, as plain data: nothing about scenarios is written in
 * its code. Read from the project by readProbeContent (a clone of the repository), or embedded as JSON
 * in the single-file build (src/probe/bundle/), so the installed tool needs no content files.
 */
export interface ProbeContent {
  /** First builds with TLS 1.2 (KB 3135244), to judge the server's PRELOGIN version. */
  tls12Builds: Tls12Builds;
  /** The scenario each finding belongs to and the failure fact it predicts (content/probe/findings.yaml). */
  findings: Partial<Record<FindingReason, FindingMeaning>>;
  /** The scenario and failure fact of each `sqltls client` finding (content/probe/client-findings.yaml). */
  clientFindings: Partial<Record<ClientFindingId, { scenario: string; fact: string }>>;
  /** The report's words (content/probe/messages.yaml). */
  messages: ProbeMessages;
  /** Scenario titles per language, for the report. */
  titles: Record<Locale, Record<string, string>>;
}

/** What content says a finding means (an unlisted finding, impossible after the content rules, names no scenario). */
export const meaningOf = (content: Pick<ProbeContent, 'findings'>, reason: FindingReason): FindingMeaning => content.findings[reason] ?? { scenario: '' };
