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
  /**
   * The same TDS 8.0 server met by clients that send a TDS 7 PRELOGIN first: what Force Strict Encryption
   * does to clients without strict support (the server closes the connection, SQL Server error 17819).
   */
  | 'tds8-forced'
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
  /** Why the probe cannot see this misconfiguration (it then must report nothing); absent when it can. */
  probeCannotSee?: string;
  /** Clients whose text cannot tell this failure from others, and why: an expected scenario must be in the top 3 (the wizard separates them). */
  textCannotTell?: { client: string; why: string }[];
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
  {
    name: 'sha1',
    description: 'certificate signed with SHA-1',
    mode: 'tds',
    cert: 'sha1',
    tls: legacy,
    expected: ['weak-signature-certificate', 'openssl-security-level'],
    acceptedBy: [
      { client: 'Java', why: "Java 17 refuses SHA-1 only in chains anchored in the JDK's own cacerts ('SHA1 jdkCA & usage TLSServer'); a private CA's SHA-1 certificate passes" },
    ],
  },
  {
    name: 'md5',
    description: 'certificate signed with MD5',
    mode: 'tds',
    cert: 'md5',
    tls: legacy,
    expected: ['weak-signature-certificate', 'openssl-security-level'],
    textCannotTell: [
      {
        client: 'Java',
        why: "Java 17 disables MD5withRSA for TLS (jdk.tls.disabledAlgorithms) and the server aborts with a handshake_failure alert: the client's text names no certificate, only the alert, which a cipher, version or certificate problem could equally cause",
      },
    ],
  },
  {
    name: 'weak-key',
    description: '1024-bit RSA key',
    mode: 'tds',
    cert: 'weakKey',
    tls: legacy,
    expected: ['openssl-security-level', 'weak-signature-certificate'],
    acceptedBy: [
      { client: 'FreeTDS', why: "Debian's FreeTDS uses GnuTLS, whose default priorities still allow a 1024-bit RSA key" },
      { client: 'Java', why: "Java 17's jdk.certpath.disabledAlgorithms refuses RSA keys below 1024 bits: 1024 passes" },
    ],
  },
  {
    name: 'key-512',
    description: '512-bit RSA key',
    mode: 'tds',
    cert: 'key512',
    tls: legacy,
    expected: ['openssl-security-level', 'weak-signature-certificate'],
  },
  {
    name: 'wrong-eku',
    description: 'certificate issued for client authentication only (no Server Authentication EKU)',
    mode: 'tds',
    cert: 'wrongEku',
    expected: ['server-certificate-misconfigured'],
    acceptedBy: [
      {
        client: 'FreeTDS',
        why: "FreeTDS checks the certificate with GnuTLS's peer verification and the host name, without a key purpose, so the Extended Key Usage is not checked",
      },
    ],
  },
  {
    name: 'wrong-ku',
    description: 'Server Authentication EKU, but a key usage of non-repudiation only',
    mode: 'tds',
    cert: 'wrongKu',
    expected: ['server-certificate-misconfigured'],
    acceptedBy: [
      { client: 'FreeTDS', why: "FreeTDS checks the certificate with GnuTLS's peer verification and the host name, without a key purpose, so the key usage is not checked" },
    ],
  },
  {
    name: 'revoked',
    description: 'certificate revoked by the lab CA (clients given its CRL)',
    mode: 'tds',
    cert: 'revoked',
    expected: ['certificate-revoked'],
  },
  {
    name: 'missing-intermediate',
    description: 'certificate from an intermediate CA the server does not send (clients trust the root)',
    mode: 'tds',
    cert: 'missingIntermediate',
    expected: ['untrusted-certificate', 'encrypt-default-change'],
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
    name: 'strict-forced',
    description: 'accepts TDS 8.0 strict connections only (Force Strict Encryption), met by TDS 7 clients',
    mode: 'tds8-forced',
    cert: 'good',
    // The clients' texts are those of any connection closed before the handshake; `sqltls probe` names the cause.
    expected: ['strict-encryption', 'network-reset', 'tls-version-mismatch'],
    textCannotTell: [
      {
        client: 'tedious',
        why: "the server closes the connection at the TDS 7 PRELOGIN: tedious says 'Connection lost - socket hang up', as for any connection closed before the handshake; the probe names the cause",
      },
      {
        client: 'FreeTDS',
        why: "the server closes the connection at the TDS 7 PRELOGIN: FreeTDS says 'Unexpected EOF from the server', as for any connection closed before the handshake; the probe names the cause",
      },
    ],
  },
  {
    name: 'strict-self-signed',
    description: 'TDS 8.0 strict with a self-signed certificate',
    mode: 'tds8',
    cert: 'selfSigned',
    expected: ['untrusted-certificate', 'encrypt-default-change'],
  },
];

export const certFor = (certs: LabCertificates, endpoint: Endpoint): KeyPair => certs[endpoint.cert];
