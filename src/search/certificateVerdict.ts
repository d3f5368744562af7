// The certificate rules for search: the heavy X.509 parser, imported only when a query is a certificate
// (src/search/certificateQuery.ts). The same rules as the certificate page and the probe.
import { checkCertificates } from '../diagnosis/certificate/checkCertificates.ts';
import { readPastedCertificates } from '../diagnosis/certificate/readPastedCertificates.ts';
import type { CertificateVerdict } from './certificateQuery.ts';
import type { CertificateFindings } from '../schemas/certificateFindings.ts';

/** The findings worst first, each with its scenario: what certificateVerdict orders by. */
export type CertificateFindingOrder = [finding: string, scenario: string][];

export const certificateFindingOrder = (content: CertificateFindings): CertificateFindingOrder => content.findings.map((f) => [f.finding, f.scenario]);

/**
 * The worst finding of a pasted certificate, with `order` the findings worst first and the scenario of
 * each (content/certificate/findings.yaml, served as /certificate-findings.json). Undefined when nothing could be
 * read or nothing is wrong.
 */
export function certificateVerdict(query: string, order: CertificateFindingOrder, now = new Date()): CertificateVerdict | undefined {
  const { certificates } = readPastedCertificates(query);
  const seen = new Set<string>(checkCertificates(certificates, { now }).map((o) => o.finding));
  const worst = order.find(([finding]) => seen.has(finding));
  return worst ? { finding: worst[0], scenario: worst[1] } : undefined;
}
