import type { FindingReason } from '../schemas/probeFindings.ts';
import type { ProbeReport } from './probe.ts';

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

const serverAuth = '1.3.6.1.5.5.7.3.1';
const untrustedErrors = /SELF_SIGNED|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY_LEAF|CERT_UNTRUSTED|CERT_CHAIN_TOO_LONG/;
// SHA-1 is refused by current clients; MD5, SHA-224 and SHA-512 are the hashes Microsoft's "SSL errors after
// upgrading to TLS 1.2" article names for SQL Server certificates (FACTS.md section 3).
const weakSignature = /md5|sha1With|sha224|sha512/i;

/** Reads what the probe measured as observations, most decisive first. */
export function observationsOf(report: ProbeReport, now: Date): Observation[] {
  const findings: Observation[] = [];
  const { protocols, certificate } = report;
  const modern = protocols['TLSv1.2'] || protocols['TLSv1.3'];
  const legacy = protocols.TLSv1 || protocols['TLSv1.1'];
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
    if (new Date(certificate.validTo) < now || new Date(certificate.validFrom) > now) findings.push(observed('dates', `${certificate.validFrom} – ${certificate.validTo}`));
    else if (!certificate.chainValid && untrustedErrors.test(certificate.chainError ?? '')) findings.push(observed('untrusted', certificate.chainError));
    if (!certificate.nameMatches) findings.push(observed('name', certificate.subjectAltName ?? certificate.subject));
    if (weakSignature.test(certificate.signatureAlgorithm)) findings.push(observed('hash', certificate.signatureAlgorithm));
    if (certificate.keyBits !== undefined && certificate.keyBits < 2048) findings.push(observed('keySize', `${certificate.keyBits}`));
    // OpenSSL's purpose check (INVALID_PURPOSE) covers the key usage too, which Node.js does not expose.
    if (certificate.extendedKeyUsage.length && !certificate.extendedKeyUsage.includes(serverAuth)) findings.push(observed('eku'));
    else if (certificate.chainError === 'INVALID_PURPOSE') findings.push(observed('eku', 'INVALID_PURPOSE'));
  }
  return findings;
}
