import type { CertificateFindings } from '../schemas/certificateFindings.ts';
import type { CertificateFindingId } from '../ids/certificateFindings.ts';
import type { Locale } from '../schemas/vocabulary.ts';

/** One finding as the certificate page shows it, in one language. */
export interface FindingView {
  finding: CertificateFindingId;
  title: string;
  /** Its sentence, with {detail} and {subject} to fill. */
  text: string;
  severity: 'error' | 'warning' | 'info';
  scenario: string;
  scenarioTitle: string;
  /** The scenario page's fix anchor in the reader's language. */
  href: string;
  /** The clients it is known to break, as words. */
  breaks: string[];
}

export interface CertificatePageData {
  words: CertificateFindings['words']['en'];
  /** Worst first: the order of content/certificate/findings.yaml. */
  findings: FindingView[];
}

/** What the certificate page and its script need, built from content at build time. */
export function certificatePageData(
  source: CertificateFindings,
  lang: Locale,
  scenarioTitle: (slug: string) => string,
  scenarioHref: (slug: string) => string,
): CertificatePageData {
  return {
    words: source.words[lang],
    findings: source.findings.map((row) => ({
      finding: row.finding,
      title: row.title[lang],
      text: row.text[lang],
      severity: row.severity,
      scenario: row.scenario,
      scenarioTitle: scenarioTitle(row.scenario),
      href: `${scenarioHref(row.scenario)}#${row.fix}`,
      breaks: row.breaks.map((client) => source.clients[client][lang]),
    })),
  };
}
