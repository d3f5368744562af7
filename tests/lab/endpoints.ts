import type { LabCertificates, KeyPair } from './certificates.ts';

/**
 * The lab's endpoints: each one a SQL Server (or a plain TLS server) misconfigured like one scenario.
 * `expected` lists the scenario slugs a client's error text may rank first (more than one where the
 * knowledge base itself says the message cannot separate them, as the development set labels do).
 */
export type Mode =
  /** PRELOGIN, then the TLS handshake inside TDS packets (TDS 7.x, what SQL Server does by default). */
  | 'tds'
  /** TDS 8.0 (strict): TLS first with ALPN tds/8.0, PRELOGIN inside TLS. */
  | 'tds8'
  /** Answers PRELOGIN, then resets the connection when the Client Hello arrives. */
  | 'reset'
  /** Accepts the connection and never answers PRELOGIN. */
  | 'silent';

export interface Endpoint {
  name: string;
  description: string;
  mode: Mode;
  cert: keyof Omit<LabCertificates, 'ca'>;
  /** The build (major.minor.build) announced in PRELOGIN (default: a SQL Server 2022 build). */
  serverVersion?: string;
  tls?: { minVersion?: 'TLSv1' | 'TLSv1.2'; maxVersion?: 'TLSv1' | 'TLSv1.2' | 'TLSv1.3'; ciphers?: string };
  expected: string[];
  /** Clients that connect anyway, and why: recorded, not hidden (the test fails if they stop connecting). */
  acceptedBy?: { client: string; why: string }[];
}

const legacy = { ciphers: 'DEFAULT:@SECLEVEL=0' };

export const endpoints: Endpoint[] = [
  { name: 'good', description: 'valid certificate from the lab CA, TLS 1.2', mode: 'tds', cert: 'good', expected: [] },
  { name: 'expired', description: 'certificate expired in 2021', mode: 'tds', cert: 'expired', expected: ['certificate-expired'] },
  { name: 'not-yet-valid', description: 'certificate valid from 2040', mode: 'tds', cert: 'notYetValid', expected: ['certificate-expired'] },
  { name: 'self-signed', description: 'self-signed certificate', mode: 'tds', cert: 'selfSigned', expected: ['untrusted-certificate', 'encrypt-default-change'] },
  {
    name: 'unknown-ca',
    description: 'certificate from a CA the client does not trust',
    mode: 'tds',
    cert: 'unknownCa',
    expected: ['untrusted-certificate', 'encrypt-default-change'],
  },
  { name: 'wrong-host-cn', description: 'certificate for sql99.contoso.com (CN only)', mode: 'tds', cert: 'wrongHostCn', expected: ['certificate-name-mismatch'] },
  { name: 'wrong-host-san', description: 'certificate whose SAN names sql99.contoso.com', mode: 'tds', cert: 'wrongHostSan', expected: ['certificate-name-mismatch'] },
  { name: 'sha1', description: 'certificate signed with SHA-1', mode: 'tds', cert: 'sha1', tls: legacy, expected: ['weak-signature-certificate', 'openssl-security-level'] },
  { name: 'md5', description: 'certificate signed with MD5', mode: 'tds', cert: 'md5', tls: legacy, expected: ['weak-signature-certificate', 'openssl-security-level'] },
  {
    name: 'weak-key',
    description: '1024-bit RSA key',
    mode: 'tds',
    cert: 'weakKey',
    tls: legacy,
    expected: ['openssl-security-level', 'weak-signature-certificate'],
    acceptedBy: [{ client: 'FreeTDS', why: "Debian's FreeTDS uses GnuTLS, whose default priorities still allow a 1024-bit RSA key" }],
  },
  {
    name: 'tls10-only',
    description: 'TLS 1.0 only, announcing SQL Server 2012 SP2 (11.0.5058), a build before TLS 1.2 support',
    mode: 'tds',
    cert: 'good',
    serverVersion: '11.0.5058',
    tls: { minVersion: 'TLSv1', maxVersion: 'TLSv1', ...legacy },
    expected: ['tls-version-mismatch', 'openssl-security-level'],
    acceptedBy: [{ client: 'FreeTDS', why: "Debian's FreeTDS uses GnuTLS, whose default priorities still allow TLS 1.0" }],
  },
  {
    name: 'no-shared-cipher',
    description: 'only a Camellia suite, which current clients do not offer',
    mode: 'tds',
    cert: 'good',
    tls: { maxVersion: 'TLSv1.2', ciphers: 'CAMELLIA256-SHA:@SECLEVEL=0' },
    expected: ['cipher-suite-mismatch'],
  },
  {
    name: 'reset',
    description: 'connection reset in the middle of the handshake',
    mode: 'reset',
    cert: 'good',
    expected: ['tls-version-mismatch', 'cipher-suite-mismatch', 'dhe-leading-zero', 'network-reset'],
  },
  { name: 'silent', description: 'never answers PRELOGIN', mode: 'silent', cert: 'good', expected: ['network-reset', 'tls-version-mismatch'] },
  { name: 'strict-good', description: 'TDS 8.0 strict with a valid certificate', mode: 'tds8', cert: 'good', expected: [] },
  {
    name: 'strict-self-signed',
    description: 'TDS 8.0 strict with a self-signed certificate',
    mode: 'tds8',
    cert: 'selfSigned',
    expected: ['untrusted-certificate', 'encrypt-default-change'],
  },
];

export const certFor = (certs: LabCertificates, endpoint: Endpoint): KeyPair => certs[endpoint.cert];
