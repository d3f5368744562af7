import { describe, expect, test } from 'vitest';
import { clientFindings } from '../../../../src/probe/clientPolicy/clientFindings.ts';
import { javaPolicy, openSslPolicy, type ClientPolicy } from '../../../../src/probe/clientPolicy/clientPolicy.ts';
import { readJavaProperties, algorithmList } from '../../../../src/probe/clientPolicy/javaSecurity.ts';
import type { ConfigFiles } from '../../../../src/probe/clientPolicy/opensslConfig.ts';

// The client policy reader against configuration files written from the formats the distributions
// document (Debian's system_default_sect, RHEL's crypto-policy include, a JDK's java.security).

const filesOf = (tree: Record<string, string | string[]>): ConfigFiles => ({
  read: (path) => (typeof tree[path] === 'string' ? tree[path] : undefined),
  list: (path) => (Array.isArray(tree[path]) ? tree[path] : undefined),
});

const debian11 = `# OpenSSL example configuration file.
openssl_conf = default_conf
HOME = .

[default_conf]
ssl_conf = ssl_sect

[ssl_sect]
system_default = system_default_sect

[system_default_sect]
MinProtocol = TLSv1.2
CipherString = DEFAULT@SECLEVEL=2
`;

const rhel8 = `openssl_conf = default_modules

[ default_modules ]
ssl_conf = ssl_module

[ ssl_module ]
system_default = crypto_policy

[ crypto_policy ]
.include /etc/crypto-policies/back-ends/opensslcnf.config
`;

const node = { version: 'v20.20.2', openssl: '3.0.15', minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' };
const policyWith = (openssl: ClientPolicy['openssl'], nodeMin = 'TLSv1'): ClientPolicy => ({
  platform: 'linux',
  ...(openssl ? { openssl } : {}),
  node: { ...node, minVersion: nodeMin },
});

describe('the system OpenSSL policy', () => {
  test("Debian 11's system_default section: TLS 1.2 at least, level 2", () => {
    const policy = openSslPolicy({ version: 'OpenSSL 1.1.1w  11 Sep 2023', dirLine: 'OPENSSLDIR: "/usr/lib/ssl"' }, filesOf({ '/usr/lib/ssl/openssl.cnf': debian11 }));
    expect(policy).toMatchObject({
      configFile: '/usr/lib/ssl/openssl.cnf',
      configFrom: 'OPENSSLDIR',
      minProtocol: 'TLSv1.2',
      cipherString: 'DEFAULT@SECLEVEL=2',
      securityLevel: 2,
    });
    expect(policy.chain).toEqual(['default_conf', 'ssl_sect', 'system_default_sect']);
    expect(clientFindings(policyWith(policy))).toEqual(['opensslOldProtocols', 'opensslSmallKeys']);
  });

  test("RHEL's crypto policy arrives through .include, inside the section that includes it", () => {
    const policy = openSslPolicy(
      { version: 'OpenSSL 1.1.1k  FIPS 25 Mar 2021', dirLine: 'OPENSSLDIR: "/etc/pki/tls"', cryptoPolicy: 'LEGACY' },
      filesOf({
        '/etc/pki/tls/openssl.cnf': rhel8,
        '/etc/crypto-policies/back-ends/opensslcnf.config': 'CipherString = @SECLEVEL=1:kEECDH:kRSA:kEDH\nMinProtocol = TLSv1\n',
      }),
    );
    expect(policy.files).toEqual(['/etc/pki/tls/openssl.cnf', '/etc/crypto-policies/back-ends/opensslcnf.config']);
    expect(policy).toMatchObject({ minProtocol: 'TLSv1', securityLevel: 1, cryptoPolicy: 'LEGACY' });
    expect(clientFindings(policyWith(policy))).toEqual([]);
  });

  test('OPENSSL_CONF wins over OPENSSLDIR; OpenSSL 3 without a level refuses TLS 1.0/1.1 in practice, level 0 does not', () => {
    const tree = filesOf({
      '/opt/app/openssl.cnf': 'openssl_conf = a\n[a]\nssl_conf = b\n[b]\nsystem_default = c\n[c]\nCipherString = DEFAULT:@SECLEVEL=0\nMinProtocol = TLSv1\n',
    });
    const level0 = openSslPolicy({ version: 'OpenSSL 3.0.15 3 Sep 2024', dirLine: 'OPENSSLDIR: "/usr/lib/ssl"', opensslConf: '/opt/app/openssl.cnf' }, tree);
    expect(level0).toMatchObject({ configFile: '/opt/app/openssl.cnf', configFrom: 'OPENSSL_CONF', securityLevel: 0 });
    expect(clientFindings(policyWith(level0))).toEqual([]);
    const stock = openSslPolicy(
      { version: 'OpenSSL 3.0.15 3 Sep 2024', dirLine: 'OPENSSLDIR: "/usr/lib/ssl"' },
      filesOf({ '/usr/lib/ssl/openssl.cnf': 'openssl_conf = openssl_init\n[openssl_init]\nproviders = provider_sect\n' }),
    );
    expect(stock.chain).toEqual(['openssl_init']);
    expect(clientFindings(policyWith(stock))).toEqual(['opensslOldProtocols']);
  });

  test('an include loop or a missing include is reported, never followed forever', () => {
    const policy = openSslPolicy(
      { version: 'OpenSSL 3.0.15', dirLine: 'OPENSSLDIR: "/etc/ssl"' },
      filesOf({ '/etc/ssl/openssl.cnf': '.include /etc/ssl/openssl.cnf\n.include /etc/ssl/missing.cnf\n' }),
    );
    expect(policy.problems.some((p) => p.includes('missing.cnf'))).toBe(true);
    expect(policy.problems.some((p) => p.includes('not read'))).toBe(true);
  });
});

describe("a JDK's java.security", () => {
  const javaSecurity = `# comment
jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, \\
    MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, \\
    ECDH
jdk.certpath.disabledAlgorithms=MD2, MD5, SHA1 jdkCA & usage TLSServer, \\
    RSA keySize < 1024, include jdk.disabled.namedCurves
`;

  test('values continued over lines are read whole and split as the JDK splits them', () => {
    const properties = readJavaProperties(javaSecurity);
    expect(algorithmList(properties.get('jdk.tls.disabledAlgorithms'))).toEqual([
      'SSLv3',
      'TLSv1',
      'TLSv1.1',
      'DTLSv1.0',
      'RC4',
      'DES',
      'MD5withRSA',
      'DH keySize < 1024',
      'EC keySize < 224',
      '3DES_EDE_CBC',
      'anon',
      'NULL',
      'ECDH',
    ]);
    expect(algorithmList(properties.get('jdk.certpath.disabledAlgorithms'))).toContain('SHA1 jdkCA & usage TLSServer');
  });

  test('a JDK that disables TLSv1 and TLSv1.1 is found; one whose administrator removed them is not', () => {
    const strict = javaPolicy('/usr/lib/jvm/java-17', 'JAVA_VERSION="17.0.12"\n', '/usr/lib/jvm/java-17/conf/security/java.security', javaSecurity);
    expect(strict.version).toBe('17.0.12');
    expect(clientFindings({ ...policyWith(undefined), java: strict })).toEqual(['javaOldProtocols']);
    const relaxed = javaPolicy('/opt/jdk8', 'JAVA_VERSION="1.8.0_402"\n', '/opt/jdk8/jre/lib/security/java.security', 'jdk.tls.disabledAlgorithms=SSLv3, RC4\n');
    expect(clientFindings({ ...policyWith(undefined), java: relaxed })).toEqual([]);
  });
});

test("Node.js's own minimum decides for tedious", () => {
  expect(clientFindings(policyWith(undefined, 'TLSv1.2'))).toEqual(['nodeOldProtocols']);
  expect(clientFindings(policyWith(undefined, 'TLSv1'))).toEqual([]);
});
