import { describe, expect, test } from 'vitest';
import { builtSecurityLevel, type ClientPolicy } from '../../../../src/probe/clientPolicy/clientPolicy.ts';
import { clientLimits, type ClientLimits } from '../../../../src/probe/predict/clientLimits.ts';
import { formatPrediction } from '../../../../src/probe/predict/formatPrediction.ts';
import { predictClient } from '../../../../src/probe/predict/predictClient.ts';
import type { ProbeReport } from '../../../../src/probe/probe.ts';
import { readProbeContent } from '../../../../src/probe/readProbeContent.ts';

// `sqltls probe --client`: a client's limits from its policy, and the verdict for a server the probe saw.
// The lab checks the same predictions against real clients (tests/lab/clientAgreement.ts).

const content = readProbeContent(process.cwd());
const node = { version: 'v24.0.0', openssl: '3.5.1', minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' };
const debian12: ClientPolicy = {
  platform: 'linux',
  node,
  // Debian 12: OpenSSL 3.0 built with -DOPENSSL_TLS_SECURITY_LEVEL=2 and no MinProtocol in openssl.cnf.
  openssl: { version: 'OpenSSL 3.0.19 27 Jan 2026', defaultSecurityLevel: 2, files: [], problems: [], chain: [] },
  java: {
    home: '/usr/lib/jvm/java-17',
    version: '17.0.15',
    tlsDisabled: ['SSLv3', 'TLSv1', 'TLSv1.1', 'DTLSv1.0', 'RC4', 'DES', 'MD5withRSA', 'DH keySize < 1024', 'EC keySize < 224', '3DES_EDE_CBC', 'anon', 'NULL', 'ECDH'],
    certpathDisabled: ['MD2', 'MD5', 'SHA1 jdkCA & usage TLSServer', 'RSA keySize < 1024', 'DSA keySize < 1024', 'EC keySize < 224', 'SHA1 usage SignedJAR & denyAfter 2019-01-01'],
  },
};
const limitsOf = (policy: ClientPolicy, kind: Parameters<typeof clientLimits>[1]) => clientLimits(policy, kind) as ClientLimits;

const server = (overrides: Omit<Partial<ProbeReport>, 'certificate'> & { certificate?: Partial<NonNullable<ProbeReport['certificate']>> } = {}): ProbeReport => ({
  target: 'sql01',
  strict: false,
  protocols: { TLSv1: false, 'TLSv1.1': false, 'TLSv1.2': true },
  handshakeErrors: [],
  findings: [],
  ...overrides,
  certificate: {
    subject: 'CN=sql01',
    issuer: 'CN=Contoso CA',
    validFrom: '2026-01-01',
    validTo: '2027-01-01',
    signatureAlgorithm: 'sha256WithRSAEncryption',
    keyBits: 2048,
    extendedKeyUsage: ['1.3.6.1.5.5.7.3.1'],
    nameMatches: true,
    chainValid: true,
    chainLength: 2,
    checks: [],
    ...overrides.certificate,
  },
});

describe("a client's limits", () => {
  test('the build flag, else the version, sets an OpenSSL default security level', () => {
    expect(builtSecurityLevel('OpenSSL 3.0.19 27 Jan 2026', 'compiler: gcc -fPIC -DOPENSSL_TLS_SECURITY_LEVEL=2 -O2')).toBe(2);
    expect(builtSecurityLevel('OpenSSL 3.0.13 30 Jan 2024', 'compiler: gcc -O2')).toBe(1);
    expect(builtSecurityLevel('3.5.1', undefined)).toBe(2);
    expect(builtSecurityLevel('LibreSSL 3.3.6', undefined)).toBeUndefined();
  });

  test('OpenSSL 3 at level 2 refuses TLS below 1.2, RSA keys below 2048 bits and SHA-1 and MD5 signatures', () => {
    const limits = limitsOf(debian12, 'openssl');
    expect(limits.minProtocol?.version).toBe('TLSv1.2');
    expect(limits.minRsaBits?.bits).toBe(2048);
    expect(limits.refusedHashes.map((r) => r.hash)).toEqual(['sha1', 'md5']);
  });

  test('a configuration at level 0 with MinProtocol TLSv1 refuses none of them', () => {
    const limits = limitsOf({ ...debian12, openssl: { ...debian12.openssl!, securityLevel: 0, minProtocol: 'TLSv1' } }, 'openssl');
    expect(limits.minProtocol).toBeUndefined();
    expect(limits.minRsaBits).toBeUndefined();
    expect(limits.refusedHashes).toEqual([]);
  });

  test("OpenSSL 1.1.1's limits come from MinProtocol and the level, and its signature hashes are left unpredicted", () => {
    const limits = limitsOf(
      { ...debian12, openssl: { version: 'OpenSSL 1.1.1n 15 Mar 2022', minProtocol: 'TLSv1.2', securityLevel: 2, files: [], problems: [], chain: [] } },
      'openssl',
    );
    expect(limits.minProtocol).toEqual({ version: 'TLSv1.2', why: 'MinProtocol = TLSv1.2' });
    expect(limits.refusedHashes).toEqual([]);
    expect(limits.notes).toEqual(['openssl111Signatures']);
  });

  test("Java 17's defaults: TLS 1.2 at least, RSA keys of 1024 bits, MD5 refused, SHA-1 only under the JDK's roots", () => {
    const limits = limitsOf(debian12, 'java');
    expect(limits.minProtocol?.version).toBe('TLSv1.2');
    expect(limits.minRsaBits?.bits).toBe(1024);
    expect(limits.refusedHashes.map((r) => r.hash)).toEqual(['md5']);
    expect(limits.notes).toEqual(['sha1UnderJdkRoots']);
  });

  test('a client whose policy cannot be read says so instead of guessing', () => {
    expect(clientLimits({ platform: 'linux', node }, 'java')).toEqual({ missing: 'noJdk' });
    expect(clientLimits({ platform: 'linux', node }, 'dotnet')).toEqual({ missing: 'noOpenssl' });
  });
});

describe('the verdict', () => {
  test('a healthy server: every client connects', () => {
    for (const kind of ['openssl', 'node', 'java', 'dotnet'] as const) expect(predictClient(server(), limitsOf(debian12, kind), content, 'linux', 'en').connects).toBe(true);
  });

  test('a TLS 1.0-only server fails each client as its own scenario, with the safer fix first and its stopgap second', () => {
    const tls10 = server({ protocols: { TLSv1: true, 'TLSv1.1': false, 'TLSv1.2': false } });
    const openssl = predictClient(tls10, limitsOf(debian12, 'openssl'), content, 'linux', 'en');
    expect(openssl.connects).toBe(false);
    expect(openssl.failures.map((f) => [f.scenario, f.fact])).toEqual([['openssl-security-level', 'no-common-protocol']]);
    const java = predictClient(tls10, limitsOf(debian12, 'java'), content, 'linux', 'en');
    expect(java.failures[0]?.scenario).toBe('tls-version-mismatch');
    const [safer, stopgap] = java.failures[0]!.fixes;
    expect(safer?.risk).not.toBe('lowers-security');
    // Java's own stopgap (the content's JDBC fix), not another runtime's.
    expect(stopgap).toMatchObject({ id: 'fix-java-allow-tls10-temporarily', risk: 'lowers-security' });
  });

  test('a 1024-bit key fails OpenSSL at level 2 and passes Java; a SHA-1 signature fails OpenSSL 3 and passes Java', () => {
    const weakKey = server({ certificate: { keyBits: 1024 } });
    expect(predictClient(weakKey, limitsOf(debian12, 'openssl'), content, 'linux', 'en').failures.map((f) => f.fact)).toEqual(['cert-weak-key']);
    expect(predictClient(weakKey, limitsOf(debian12, 'java'), content, 'linux', 'en').connects).toBe(true);
    const sha1 = server({ certificate: { signatureAlgorithm: 'sha1WithRSAEncryption' } });
    expect(predictClient(sha1, limitsOf(debian12, 'node'), content, 'linux', 'en').failures.map((f) => f.scenario)).toEqual(['weak-signature-certificate']);
    expect(predictClient(sha1, limitsOf(debian12, 'java'), content, 'linux', 'en').connects).toBe(true);
    // A SHA-1 name inside a longer one (sha128…) is not SHA-1; sha256 never is.
    expect(predictClient(server(), limitsOf(debian12, 'openssl'), content, 'linux', 'en').failures).toEqual([]);
  });

  test("the server's own failures fail every client, and a server the probe could not examine gives no verdict", () => {
    const expired = server({ findings: [{ reason: 'dates', scenario: 'certificate-expired', fact: 'cert-expired' }] });
    for (const kind of ['openssl', 'java'] as const)
      expect(predictClient(expired, limitsOf(debian12, kind), content, 'linux', 'en').failures[0]?.scenario).toBe('certificate-expired');
    // A hardening note fails nobody.
    const dhe = server({ findings: [{ reason: 'dheOffered', scenario: 'dhe-leading-zero', fact: 'record-corrupted' }] });
    expect(predictClient(dhe, limitsOf(debian12, 'openssl'), content, 'linux', 'en').connects).toBe(true);
    const unreachable = { ...server(), certificate: undefined, protocols: {}, failure: { kind: 'refused' as const, message: 'ECONNREFUSED' } };
    expect(predictClient(unreachable, limitsOf(debian12, 'openssl'), content, 'linux', 'en').connects).toBeUndefined();
  });

  test('the report names the scenario, why, the link and the fixes, and marks the stopgap, in both languages', () => {
    const tls10 = server({ protocols: { TLSv1: true, 'TLSv1.1': false, 'TLSv1.2': false } });
    for (const lang of ['en', 'zh'] as const) {
      const text = formatPrediction(predictClient(tls10, limitsOf(debian12, 'node'), content, 'linux', lang), lang, 'https://kb.example', content);
      expect(text).toContain(content.titles[lang]['tls-version-mismatch']);
      expect(text).toContain(`https://kb.example/${lang}/scenarios/tls-version-mismatch/#fix-`);
      expect(text).toContain('server TLSv1 < client TLSv1.2');
      expect(text).toContain(content.messages[lang]['predict.warning']);
    }
  });
});
