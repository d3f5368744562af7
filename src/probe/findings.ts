import type { ProbeReport } from './probe.ts';

/**
 * What the probe can find, and the scenario each finding belongs to. The probe's page on the site
 * renders this table, so the command and the page cannot disagree.
 */
export const findingScenarios = {
  buildLacksTls12: 'tls-version-mismatch',
  noTls12: 'tls-version-mismatch',
  resetAtHello: 'tls-version-mismatch',
  legacyEnabled: 'tls-version-mismatch',
  noHandshake: 'cipher-suite-mismatch',
  dheOffered: 'dhe-leading-zero',
  noPrelogin: 'network-reset',
  encryptionNotSupported: 'server-certificate-misconfigured',
  eku: 'server-certificate-misconfigured',
  dates: 'certificate-expired',
  untrusted: 'untrusted-certificate',
  name: 'certificate-name-mismatch',
  hash: 'weak-signature-certificate',
  keySize: 'openssl-security-level',
} as const;

export type FindingReason = keyof typeof findingScenarios;
export const findingReasons = Object.keys(findingScenarios) as FindingReason[];

/** The permanent anchor of a finding on the probe's page: `noTls12` → `finding-no-tls12`. */
export const findingAnchor = (reason: FindingReason) => `finding-${reason.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** A finding names a scenario slug and a reason id (the report words the reason per language). */
export interface Finding {
  scenario: string;
  reason: FindingReason;
  detail?: string;
}

export const finding = (reason: FindingReason, detail?: string): Finding => ({ scenario: findingScenarios[reason], reason, ...(detail ? { detail } : {}) });

const serverAuth = '1.3.6.1.5.5.7.3.1';
const untrustedErrors = /SELF_SIGNED|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY_LEAF|CERT_UNTRUSTED|CERT_CHAIN_TOO_LONG/;
// SHA-1 is refused by current clients; MD5, SHA-224 and SHA-512 are the hashes Microsoft's "SSL errors after
// upgrading to TLS 1.2" article names for SQL Server certificates (FACTS.md section 3).
const weakSignature = /md5|sha1With|sha224|sha512/i;

/** Turns what the probe measured into findings, most decisive first. */
export function findingsOf(report: ProbeReport, now: Date): Finding[] {
  const findings: Finding[] = [];
  const { protocols, certificate } = report;
  const modern = protocols['TLSv1.2'] || protocols['TLSv1.3'];
  const legacy = protocols.TLSv1 || protocols['TLSv1.1'];
  // The build number says why, and that the fix is a SQL Server update rather than a registry key.
  if (!modern && report.tls12Build?.verdict === 'lacks-tls12') findings.push(finding('buildLacksTls12', report.serverVersion));
  else if (!modern && legacy) findings.push(finding('noTls12'));
  const none = !modern && !legacy && report.encryption !== 'not-supported';
  // Windows resets the connection at a Client Hello it shares nothing with; OpenSSL-based servers send an alert.
  const reset = report.handshakeErrors.some((e) => /ECONNRESET|socket hang up/.test(e));
  if (none && reset) findings.push(finding('resetAtHello', report.handshakeErrors[0]));
  else if (none) findings.push(finding('noHandshake', report.handshakeErrors[0]));
  if (modern && legacy) findings.push(finding('legacyEnabled'));
  if (report.dheOffered) findings.push(finding('dheOffered'));
  if (report.encryption === 'not-supported') findings.push(finding('encryptionNotSupported'));
  if (certificate) {
    if (new Date(certificate.validTo) < now || new Date(certificate.validFrom) > now) findings.push(finding('dates', `${certificate.validFrom} – ${certificate.validTo}`));
    else if (!certificate.chainValid && untrustedErrors.test(certificate.chainError ?? '')) findings.push(finding('untrusted', certificate.chainError));
    if (!certificate.nameMatches) findings.push(finding('name', certificate.subjectAltName ?? certificate.subject));
    if (weakSignature.test(certificate.signatureAlgorithm)) findings.push(finding('hash', certificate.signatureAlgorithm));
    if (certificate.keyBits !== undefined && certificate.keyBits < 2048) findings.push(finding('keySize', `${certificate.keyBits}`));
    if (certificate.extendedKeyUsage.length && !certificate.extendedKeyUsage.includes(serverAuth)) findings.push(finding('eku'));
  }
  return findings;
}
