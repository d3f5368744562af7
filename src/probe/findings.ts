import type { FindingReason } from '../schemas/probeFindings.ts';
import type { ProbeReport } from './probe.ts';
import type { CertificateFindingId } from '../ids/certificateFindings.ts';

/** A finding: what the probe saw (`reason`), the scenario and failure fact content says it means, and the detail seen. */
export interface Finding {
  scenario: string;
  /** The failure a client meeting this would report, as diagnosis names it (content/diagnosis/facts.yaml). */
  fact?: string;
  reason: FindingReason;
  detail?: string;
}

/** What the probe saw, before content says which scenario each belongs to (content/probe/findings.yaml). */
export interface Observation {
  reason: FindingReason;
  detail?: string;
}

const observed = (reason: FindingReason, detail?: string): Observation => ({ reason, ...(detail ? { detail } : {}) });

/** What content says a finding means: its scenario and the failure fact it predicts. */
export interface FindingMeaning {
  scenario: string;
  fact?: string;
}

/** Attaches the meaning of each observation, keeping the order (most decisive first). */
export function findingsFrom(observations: Observation[], meaningOf: (reason: FindingReason) => FindingMeaning): Finding[] {
  return observations.map((o) => ({ ...meaningOf(o.reason), ...o }));
}

const untrustedErrors = /SELF_SIGNED|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY_LEAF|CERT_UNTRUSTED|CERT_CHAIN_TOO_LONG/;

/** Reads what the probe measured as observations, most decisive first. */
export function observationsOf(report: ProbeReport): Observation[] {
  const findings: Observation[] = [];
  const { protocols, certificate } = report;
  const modern = protocols['TLSv1.2'] || protocols['TLSv1.3'];
  const legacy = protocols.TLSv1 || protocols['TLSv1.1'];
  // Every client that does not speak TDS 8.0 fails against this server, whatever its certificate.
  if (report.strictOnly) findings.push(observed('strictOnly'));
  // The build number says why, and that the fix is a SQL Server update rather than a registry key.
  if (!modern && report.tls12Build?.verdict === 'lacks-tls12') findings.push(observed('buildLacksTls12', report.serverVersion));
  else if (!modern && legacy) findings.push(observed('noTls12'));
  const none = !modern && !legacy && report.encryption !== 'not-supported';
  // Windows resets the connection at a Client Hello it shares nothing with; OpenSSL-based servers send an alert.
  const reset = report.handshakeErrors.some((e) => /ECONNRESET|socket hang up/.test(e));
  if (none && reset) findings.push(observed('resetAtHello', report.handshakeErrors[0]));
  else if (none) findings.push(observed('noHandshake', report.handshakeErrors[0]));
  if (modern && legacy) findings.push(observed('legacyEnabled'));
  if (report.dheOffered) findings.push(observed('dheOffered'));
  if (report.encryption === 'not-supported') findings.push(observed('encryptionNotSupported'));
  if (certificate) {
    // The certificate rules (shared with the certificate page and search) judged the certificate; the
    // chain's trust is Node.js's verification against the trust store the probe was given.
    const found = (...ids: CertificateFindingId[]) => ids.some((id) => certificate.checks.includes(id));
    if (found('expired', 'notYetValid')) findings.push(observed('dates', `${certificate.validFrom} – ${certificate.validTo}`));
    else if (!certificate.chainValid && untrustedErrors.test(certificate.chainError ?? '')) findings.push(observed('untrusted', certificate.chainError));
    // Only with a revocation list given (--crl-file): the probe fetches none, as most clients do not.
    else if (certificate.chainError === 'CERT_REVOKED') findings.push(observed('revoked'));
    if (found('nameMismatch', 'ipNotInSan')) findings.push(observed('name', certificate.subjectAltName ?? certificate.subject));
    if (found('weakHash', 'sha1Hash', 'unsupportedHash')) findings.push(observed('hash', certificate.signatureAlgorithm));
    if (found('smallKey')) findings.push(observed('keySize', `${certificate.keyBits}`));
    // OpenSSL's purpose check (INVALID_PURPOSE) covers the key usage too, which Node.js does not expose.
    if (found('noServerAuth')) findings.push(observed('eku'));
    else if (certificate.chainError === 'INVALID_PURPOSE') findings.push(observed('eku', 'INVALID_PURPOSE'));
  }
  return findings;
}
