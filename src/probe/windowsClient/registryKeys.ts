/**
 * The Microsoft pages that document every registry key and value sqltls-client.ps1 reads, and the keys
 * themselves (paths under HKEY_LOCAL_MACHINE, as the .NET registry API takes them). The script may read
 * only what is listed here (tests/unit/probe/windowsClient/collectorScript.test.ts); the URLs are cited in
 * its comments and in content/probe/windows-client-findings.yaml.
 */
export const sources = {
  tlsRegistrySettings: 'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
  manageTls: 'https://learn.microsoft.com/windows-server/security/tls/manage-tls',
  netFrameworkTls: 'https://learn.microsoft.com/dotnet/framework/network-programming/tls',
  netFrameworkVersions: 'https://learn.microsoft.com/dotnet/framework/install/how-to-determine-which-versions-are-installed',
  fipsPolicy:
    'https://learn.microsoft.com/windows/security/threat-protection/security-policy-settings/system-cryptography-use-fips-compliant-algorithms-for-encryption-hashing-and-signing',
  sslErrorsAfterTls12: 'https://learn.microsoft.com/troubleshoot/sql/database-engine/connect/ssl-errors-after-tls-1-2',
  tls12SqlServer: 'https://learn.microsoft.com/troubleshoot/sql/database-engine/connect/tls-1-2-support-microsoft-sql-server',
  dheLeadingZero: 'https://learn.microsoft.com/troubleshoot/windows-server/certificates-and-public-key-infrastructure-pki/apps-forcibly-closed-tls-connection-errors',
  getTlsCipherSuite: 'https://learn.microsoft.com/powershell/module/tls/get-tlsciphersuite',
  sqlCheck: 'https://github.com/microsoft/CSS_SQL_Networking_Tools/wiki/SQLCHECK',
} as const;

const schannel = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL';

/** The protocol subkeys under SCHANNEL\Protocols, each with `Client` and `Server` below it. */
export const schannelProtocols = ['SSL 2.0', 'SSL 3.0', 'TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3'] as const;
export const protocolSides = ['Client', 'Server'] as const;

export interface DocumentedKey {
  path: string;
  /** The value names read there; `*` for keys whose subkeys are listed, each read for `Enabled`. */
  values: readonly string[];
  source: string;
}

export const documentedKeys = {
  protocols: { path: `${schannel}\\Protocols`, values: ['Enabled', 'DisabledByDefault'], source: sources.tlsRegistrySettings },
  ciphers: { path: `${schannel}\\Ciphers`, values: ['*', 'Enabled'], source: sources.tlsRegistrySettings },
  hashes: { path: `${schannel}\\Hashes`, values: ['*', 'Enabled'], source: sources.tlsRegistrySettings },
  keyExchangeAlgorithms: { path: `${schannel}\\KeyExchangeAlgorithms`, values: ['*', 'Enabled'], source: sources.tlsRegistrySettings },
  diffieHellman: { path: `${schannel}\\KeyExchangeAlgorithms\\Diffie-Hellman`, values: ['ClientMinKeyBitLength'], source: sources.tlsRegistrySettings },
  cipherSuitePolicy: { path: 'SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002', values: ['Functions'], source: sources.manageTls },
  cipherSuiteLocal: { path: 'SYSTEM\\CurrentControlSet\\Control\\Cryptography\\Configuration\\Local\\SSL\\00010002', values: ['Functions'], source: sources.sslErrorsAfterTls12 },
  netFx4: { path: 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', values: ['SchUseStrongCrypto', 'SystemDefaultTlsVersions'], source: sources.netFrameworkTls },
  netFx4Wow: { path: 'SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319', values: ['SchUseStrongCrypto', 'SystemDefaultTlsVersions'], source: sources.netFrameworkTls },
  netFx2: { path: 'SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727', values: ['SchUseStrongCrypto', 'SystemDefaultTlsVersions'], source: sources.netFrameworkTls },
  netFx2Wow: { path: 'SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v2.0.50727', values: ['SchUseStrongCrypto', 'SystemDefaultTlsVersions'], source: sources.netFrameworkTls },
  netFxRelease: { path: 'SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full', values: ['Release'], source: sources.netFrameworkVersions },
  fips: { path: 'SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy', values: ['Enabled'], source: sources.fipsPolicy },
  // The build and update revision decide which fixes a machine has (KB4557473 lists them as 14393.3542);
  // ProductName and CurrentBuild stand in for WMI when it does not answer.
  windowsVersion: { path: 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', values: ['UBR', 'CurrentBuild', 'ProductName'], source: sources.dheLeadingZero },
} as const satisfies Record<string, DocumentedKey>;
