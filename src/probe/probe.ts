import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { ProbeFailureKind } from '../ids/probeFailures.ts';
import { X509Certificate } from 'node:crypto';
import { encryption } from '../tds/prelogin.ts';
import { classifyBuildNumbers, type SqlBuildVerdict } from '../diagnosis/classifySqlBuild.ts';
import { handshake, openSocket, prelogin, ProbeConnectionError, type HandshakeResult } from './connect.ts';
import { findingsFrom, observationsOf, type Finding } from './findings.ts';
import { meaningOf, type ProbeContent } from './probeContent.ts';
import { signatureAlgorithmOf } from './signatureAlgorithm.ts';
import { certificateFactsOf } from './certificateFacts.ts';
import { checkCertificates } from '../diagnosis/certificate/checkCertificates.ts';
import type { CertificateFindingId } from '../ids/certificateFindings.ts';
import { resolveInstancePort, type Target } from './target.ts';

export type { Finding };

/** What the probe measured and which scenarios it points to. */
export interface ProbeReport {
  target: string;
  port?: number;
  serverVersion?: string;
  /** Whether that build supports TLS 1.2, from KB 3135244's first builds (content/wizard/tls12-builds.yaml). */
  tls12Build?: { verdict: SqlBuildVerdict['verdict']; firstBuilds: string[] };
  /** The server's PRELOGIN encryption answer: off, on, not-supported, required (or strict for TDS 8.0). */
  encryption?: string;
  /** Whether the handshakes were TLS first (TDS 8.0): asked with --strict, or found to be all the server accepts. */
  strict: boolean;
  /** The server closed a TDS 7 PRELOGIN but completed a TLS-first handshake: it accepts strict connections only. */
  strictOnly?: boolean;
  protocols: Record<string, boolean>;
  cipher?: string;
  dheOffered?: boolean;
  /** Why the handshakes that failed failed (one line per distinct error). */
  handshakeErrors: string[];
  certificate?: CertificateReport;
  findings: Finding[];
  /** Set when the probe could not speak to SQL Server at all. */
  /** Why the server could not be examined: the kind selects the explanation, the message is the technical detail. */
  failure?: { kind: ProbeFailureKind; message: string };
}

export interface CertificateReport {
  subject: string;
  subjectAltName?: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  signatureAlgorithm: string;
  keyBits?: number;
  extendedKeyUsage: string[];
  nameMatches: boolean;
  chainValid: boolean;
  chainError?: string;
  chainLength: number;
  /** What the certificate rules found on it (src/diagnosis/certificate/checkCertificates.ts). */
  checks: CertificateFindingId[];
}

const versions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
const legacyCiphers = 'DEFAULT:@SECLEVEL=0';
const dheOnly = 'DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA:DHE-RSA-AES256-SHA:@SECLEVEL=0';
const encryptionNames = new Map<number, string>(Object.entries(encryption).map(([name, value]) => [value, name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)]));

/** Most names a report lists from a certificate: a hostile or odd certificate can carry thousands. */
const maxNamesShown = 20;

/** A comma-separated list cut to its first names, with how many were left out (`DNS:a, DNS:b, … and 2,980 more`). */
export function boundedNames(list: string): string {
  const names = list.split(', ');
  return names.length <= maxNamesShown ? list : `${names.slice(0, maxNamesShown).join(', ')}, … and ${(names.length - maxNamesShown).toLocaleString('en-US')} more`;
}

/**
 * Handshake errors that are a TLS server's answer to what was offered (no shared cipher or version: an
 * alert, or Schannel's reset at the Client Hello). Anything else (bytes that are not TLS records, an
 * alert that is not a refusal, silence, a message over the size limit) means the peer is not a working
 * TLS server, and nothing can be said about its ciphers.
 */
const tlsRefusal =
  /handshake failure|alert number 40|protocol version|alert number 70|insufficient security|alert number 71|no shared cipher|no ciphers available|unsupported protocol|no protocols available|ECONNRESET|socket hang up/i;

function describeCertificate(host: string, result: HandshakeResult, now: Date): CertificateReport | undefined {
  const leaf = result.chain?.[0];
  if (!leaf?.raw) return undefined;
  const x509 = new X509Certificate(leaf.raw);
  // The certificate rules the certificate page and search use, on the server's own certificate.
  const checks = checkCertificates([certificateFactsOf(x509)], { hosts: [host], now }).map((o) => o.finding);
  return {
    subject: x509.subject.replace(/\n/g, ', '),
    subjectAltName: x509.subjectAltName ? boundedNames(x509.subjectAltName) : undefined,
    issuer: x509.issuer.replace(/\n/g, ', '),
    // validFrom/validTo are strings on every Node.js; the Date forms exist only from Node.js 22.10.
    validFrom: new Date(x509.validFrom).toISOString(),
    validTo: new Date(x509.validTo).toISOString(),
    signatureAlgorithm: signatureAlgorithmOf(x509),
    keyBits: x509.publicKey.asymmetricKeyDetails?.modulusLength,
    extendedKeyUsage: x509.keyUsage ?? [],
    nameMatches: !checks.includes('nameMismatch') && !checks.includes('ipNotInSan'),
    // Node.js folds the host-name check into `authorized`; the name is reported on its own (nameMatches).
    chainValid: Boolean(result.authorized) || result.authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID',
    chainError: result.authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID' ? undefined : result.authorizationError,
    chainLength: result.chain?.length ?? 0,
    checks,
  };
}

/** Whether the port completes a TLS-first handshake offering ALPN tds/8.0, as a strict (TDS 8.0) client does. */
async function acceptsStrict(host: string, port: number, timeoutMs: number, ca?: (string | Buffer)[]): Promise<boolean> {
  const result = await handshake(host, port, { minVersion: 'TLSv1.2', ...(ca ? { ca } : {}) }, true, timeoutMs);
  return result.ok;
}

/** Probes a SQL Server: PRELOGIN, each TLS version, DHE, and the certificate. Never throws for network trouble. */
export async function probe(
  target: Target,
  content: Pick<ProbeContent, 'tls12Builds' | 'findings'>,
  /** `crl`: revocation lists to check the certificate against (the probe fetches none itself). */
  options: { timeoutMs?: number; strict?: boolean; now?: Date; ca?: (string | Buffer)[]; crl?: (string | Buffer)[] } = {},
): Promise<ProbeReport> {
  const timeoutMs = options.timeoutMs ?? 5000;
  let strict = Boolean(options.strict);
  const label = target.instance ? `${target.host}\\${target.instance}` : target.host;
  const report: ProbeReport = { target: label, strict, protocols: {}, handshakeErrors: [], findings: [] };
  // The name first: an unknown host is a DNS failure, not a silent Browser or a closed port.
  if (!isIP(target.host)) {
    try {
      await lookup(target.host);
    } catch (error) {
      return { ...report, failure: { kind: 'dns', message: `${target.host}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
    }
  }
  let port = target.port;
  if (!port && target.instance) {
    port = await resolveInstancePort(target.host, target.instance, timeoutMs);
    if (!port) return { ...report, failure: { kind: 'instance', message: `SQL Server Browser on ${target.host} (UDP 1434) did not give a port for instance ${target.instance}` } };
  }
  port ??= 1433;
  report.port = port;

  if (!strict) {
    try {
      const { socket, answer } = await prelogin(target.host, port, timeoutMs);
      socket.destroy();
      report.serverVersion = `${answer.version.major}.${answer.version.minor}.${answer.version.build}`;
      const verdict = classifyBuildNumbers([answer.version.major, answer.version.minor, answer.version.build], content.tls12Builds);
      if (verdict) report.tls12Build = { verdict: verdict.verdict, firstBuilds: verdict.version?.firstBuilds.map((b) => `${b.build} (${b.branch})`) ?? [] };
      report.encryption = encryptionNames.get(answer.encryption) ?? `0x${answer.encryption.toString(16)}`;
    } catch (error) {
      const e = error as ProbeConnectionError;
      // SQL Server with Force Strict Encryption closes a TDS 7 PRELOGIN without an answer, which looks like
      // a port that is not SQL Server: ask again the TDS 8.0 way before saying so.
      if ((e.kind === 'not-sql-server' || e.kind === 'reset') && (await acceptsStrict(target.host, port, timeoutMs, options.ca))) {
        strict = true;
        Object.assign(report, { strict, strictOnly: true, encryption: 'strict' });
      } else {
        // A port that accepts TCP but never answers PRELOGIN is what a dropping middlebox looks like.
        const findings = e.kind === 'prelogin-timeout' ? findingsFrom([{ reason: 'noPrelogin' }], (reason) => meaningOf(content, reason)) : [];
        return { ...report, findings, failure: { kind: e.kind ?? 'unreachable', message: e.message ?? String(error) } };
      }
    }
  } else {
    report.encryption = 'strict';
    try {
      (await openSocket(target.host, port, timeoutMs)).destroy();
    } catch (error) {
      const e = error as ProbeConnectionError;
      return { ...report, failure: { kind: e.kind, message: e.message } };
    }
  }

  let best: HandshakeResult | undefined;
  for (const version of versions) {
    if (!strict && version === 'TLSv1.3') continue; // SQL Server offers TLS 1.3 only with TDS 8.0
    const result = await handshake(
      target.host,
      port,
      { minVersion: version, maxVersion: version, ciphers: legacyCiphers, ...(options.ca ? { ca: options.ca } : {}), ...(options.crl?.length ? { crl: options.crl } : {}) },
      strict,
      timeoutMs,
    );
    report.protocols[version] = result.ok;
    if (result.error && !report.handshakeErrors.includes(result.error)) report.handshakeErrors.push(result.error);
    if (result.ok && (!best || version !== 'TLSv1.3' || !best.ok)) best = result;
    // A server that ignores one Client Hello ignores them all: do not wait out every version.
    if (result.timedOut) break;
  }
  if (!strict && !best && report.handshakeErrors.length && !report.handshakeErrors.some((e) => tlsRefusal.test(e))) {
    return {
      ...report,
      failure: {
        kind: 'no-tls',
        message: `${target.host}:${port} answered PRELOGIN but completed no TLS handshake (${report.handshakeErrors[0]}): the peer is not a working TLS server (another service or a proxy on the port, or a broken TLS stack), so its protocols and ciphers cannot be judged`,
      },
    };
  }
  if (strict && !best) {
    // Without a single TLS handshake, a strict probe cannot tell a TDS 7 port from a misconfigured one.
    return {
      ...report,
      failure: {
        kind: 'no-tls',
        message: `no TLS handshake succeeded on ${target.host}:${port} (${report.handshakeErrors[0] ?? 'no answer'}); if the server does not use strict encryption (TDS 8.0), run without --strict`,
      },
    };
  }
  if (best) report.cipher = best.cipher;
  const dhe = await handshake(target.host, port, { maxVersion: 'TLSv1.2', minVersion: 'TLSv1', ciphers: dheOnly }, strict, timeoutMs);
  report.dheOffered = dhe.ok;
  if (best) report.certificate = describeCertificate(target.host, best, options.now ?? new Date());
  report.findings = findingsFrom(observationsOf(report), (reason) => meaningOf(content, reason));
  return report;
}
