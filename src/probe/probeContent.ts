import type { ClientFindingId } from '../ids/clientFindings.ts';
import type { Locale } from '../ids/locales.ts';
import type { FindingReason } from '../schemas/probeFindings.ts';
import type { ClientPredictions } from '../schemas/clientPredictions.ts';
import type { Platform, Risk } from '../schemas/vocabulary.ts';
import type { ClientKind } from '../ids/clientKinds.ts';
import type { WindowsClientFindingId } from '../ids/windowsClientFindings.ts';
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
  /** The scenario, failure fact, source and sentences of each Windows report finding (content/probe/windows-client-findings.yaml). */
  windowsClientFindings: Partial<Record<WindowsClientFindingId, { scenario: string; fact: string; source: string; message: Record<Locale, string> }>>;
  /** The report's words (content/probe/messages.yaml). */
  messages: ProbeMessages;
  /** Scenario titles per language, for the report. */
  titles: Record<Locale, Record<string, string>>;
  /** How `--client` predicts a client's verdict (content/probe/client-predictions.yaml). */
  predictions: ClientPredictions;
  /**
   * The fixes a prediction offers, chosen when the content is read (src/probe/predict/pickFixes.ts): per
   * scenario, client kind and platform, the ids of the safer fix and of the client's own stopgap. Only
   * those fixes' titles travel with the tool.
   */
  fixPicks: Record<string, Partial<Record<ClientKind, Partial<Record<Platform, string[]>>>>>;
  /** Title and risk of each picked fix, per language and scenario. */
  fixes: Record<Locale, Record<string, Record<string, ProbeFix>>>;
}

/** What the report says of a picked fix. */
export interface ProbeFix {
  id: string;
  title: string;
  risk: Risk;
}

/** What content says a finding means (an unlisted finding, impossible after the content rules, names no scenario). */
export const meaningOf = (content: Pick<ProbeContent, 'findings'>, reason: FindingReason): FindingMeaning => content.findings[reason] ?? { scenario: '' };
