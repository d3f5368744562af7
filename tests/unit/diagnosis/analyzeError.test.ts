import { describe, expect, test } from 'vitest';
import { analyzeError, maxReadChars } from '../../../src/diagnosis/analyzeError.ts';
import { loadPasteContext } from '../../../src/wizard/loadPasteContext.ts';
import { collectEvidence, compileSignal } from '../../../src/diagnosis/matchSignals.ts';
import { containsPhrase, normalizeCode, toMatchText } from '../../../src/diagnosis/normalize.ts';

const { hints, lexicon } = loadPasteContext(process.cwd());
const analyze = (text: string) => analyzeError(text, hints, lexicon);

describe('analyzeError()', () => {
  test('reads the SNI provider and error number', () => {
    const s = analyze(
      'A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed)',
    );
    expect(s.providers).toEqual(['ssl:31']);
  });

  test('reads the provider from a localized Chinese message with full-width punctuation', () => {
    expect(analyze('（提供程序：SSL 提供程序，错误：0 - 证书链是由不受信任的颁发机构颁发的。）').providers).toEqual(['ssl:0']);
  });

  test('reads HRESULTs in hex and as negative decimals as the same code', () => {
    expect(analyze('SQL Error -2146893019 - ...').codes).toContain('0x80090325');
    expect(analyze('Win32Exception (0x80090325): The certificate chain').codes).toContain('0x80090325');
  });

  test('reads the ODBC Winsock form in hex and decimal', () => {
    const s = analyze('[Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: Error code 0x2746 (10054)');
    expect(s.codes).toEqual(expect.arrayContaining(['0x2746', '10054']));
  });

  test('reads OpenSSL error codes and the error-log hex form', () => {
    expect(analyze('SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate]').codes).toContain('0xa000086');
    expect(analyze('An OS call failed: (80090331) 0x80090331(The client and server cannot communicate').codes).toContain('0x80090331');
  });

  test('reads small codes only in an error context', () => {
    const s = analyze('---> System.ComponentModel.Win32Exception (258): The wait operation timed out. [Pre-Login] initialization=14638; handshake=13487;');
    expect(s.codes).toContain('258');
    // The durations of a SqlClient timeout are settings, not codes.
    expect(s.codes).not.toContain('14638');
    expect(s.codes).not.toContain('13487');
  });

  test('still reads a code written as key=value', () => {
    expect(analyze('SocketException: ErrorCode=10054, NativeErrorCode=10054').codes).toContain('10054');
  });

  test('reads TLS alert numbers from Schannel events', () => {
    expect(analyze('The TLS protocol defined fatal error code is 48. The Windows SChannel error state is 1205.').codes).toContain('alert:48');
  });

  test('names the driver and its version', () => {
    expect(analyze("pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider")).toMatchObject({
      drivers: [{ id: 'odbc', version: '18' }],
    });
    expect(analyze('com.microsoft.sqlserver.jdbc.SQLServerException: The driver could not establish').drivers[0]?.id).toBe('jdbc');
  });

  test('names the drivers in the order the text does: the error first, a driver the reader tried later after it', () => {
    const text =
      "pymssql.exceptions.OperationalError: (20002, b'DB-Lib error message 20002, severity 9:\\nAdaptive Server connection failed')\nWith pyodbc and ODBC Driver 17 the same server connects.";
    expect(analyze(text).drivers.map((d) => d.id)).toEqual(['freetds', 'odbc']);
  });

  test('infers an OpenSSL client platform from an OpenSSL reason string', () => {
    expect(analyze('error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol').platforms).toEqual(expect.arrayContaining(['linux', 'macos']));
    expect(analyze('System.ComponentModel.Win32Exception (0x80004005)').platforms).toEqual(['windows']);
  });

  test('ignores GUIDs, timestamps and addresses', () => {
    const s = analyze('ClientConnectionId:1b2c3d4e-1111-2222-3333-444455556666 at 2024-05-01 12:34:56.789 to 10.0.0.12:1433');
    expect(s.codes).toEqual([]);
  });

  test('reads the head and tail of a very long paste and says how much it skipped', () => {
    const filler = 'x'.repeat(1_000_000);
    const s = analyze(`(provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed) ${filler} Caused by: PKIX path building failed`);
    expect(s.providers).toEqual(['ssl:31']);
    expect(s.matchText).toContain('pkix path building failed');
    expect(s.readChars).toBe(maxReadChars);
    expect(s.skippedChars).toBeGreaterThan(900_000);
  });

  test('treats HTML and regex specials as plain text', () => {
    expect(() => analyze("<script>alert(1)</script> (.*+?^${}()|[]\\ ! ^ = ' $ |")).not.toThrow();
  });
});

describe('normalisation', () => {
  test('phrases match across punctuation, case and hyphenation', () => {
    expect(containsPhrase(toMatchText('certificate verify failed:Self-Signed certificate]'), toMatchText('self signed certificate').trim())).toBe(true);
  });

  test('Latin phrases match whole words only', () => {
    expect(containsPhrase(toMatchText('TLS10 not accepted'), toMatchText('TLS1').trim())).toBe(false);
  });

  test('CJK phrases match inside running text', () => {
    expect(containsPhrase(toMatchText('错误：证书链是由不受信任的颁发机构颁发的。'), toMatchText('证书链是由不受信任的颁发机构颁发的').trim())).toBe(true);
  });

  test.each([
    ['0x80090325', '0x80090325'],
    ['-2146893019', '0x80090325'],
    ['0x00002746', '0x2746'],
    ['1425F102', '0x1425f102'],
    ['10054', '10054'],
    ['alert:48', 'alert:48'],
  ])('normalizeCode(%s) = %s', (raw, expected) => {
    expect(normalizeCode(raw)).toBe(expected);
  });
});

describe('collectEvidence()', () => {
  const signals = [
    compileSignal({ type: 'context', value: 'ODBC Driver 18 for SQL Server', weight: 2 }),
    compileSignal({ type: 'phrase', value: 'certificate verify failed', weight: 3 }),
  ];
  test('a context signal counts next to a failure signal', () => {
    const evidence = collectEvidence(analyze('[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed]'), signals);
    expect(evidence.map((e) => e.label)).toEqual(['certificate verify failed', 'ODBC Driver 18 for SQL Server']);
  });
  test('a context signal alone is no evidence: the driver name does not pick the scenario', () => {
    expect(collectEvidence(analyze('[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000438:SSL routines::tlsv1 alert internal error]'), signals)).toEqual([]);
  });
});

describe('providers and SNI numbers in any language', () => {
  test.each([
    ['SSL Provider, error: 31', 'ssl:31'],
    ['(provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed)', 'ssl:31'],
    ['(provider: SSL-Anbieter, error: 0 - Die Zertifikatkette wurde von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt.)', 'ssl:0'],
    ['(provider: Proveedor de SSL, error: 0 - La cadena de certificación fue emitida por una entidad en la que no se confía.)', 'ssl:0'],
    ['(provider: SSL 提供程序, error: 0 - 证书链是由不受信任的颁发机构颁发的。)', 'ssl:0'],
    ['(provider: TCP Provider, error: 35 - An internal exception was caught)', 'tcp:35'],
    ['(provider: Поставщик TCP, error: 0 - Удаленный хост принудительно разорвал существующее подключение.)', 'tcp:0'],
  ])('%s reads as %s', (text, provider) => {
    expect(analyze(text).providers).toContain(provider);
  });

  test('an error number with no provider named reads as the SNI number alone', () => {
    expect(analyze('error 31').providers).toEqual(['sni:31']);
    expect(analyze('Error: 26 - Error Locating Server/Instance Specified').providers).toContain('sni:26');
    // Its provider's number is not read twice as a bare one.
    expect(analyze('(provider: SSL Provider, error: 0 - x)').providers).toEqual(['ssl:0']);
  });

  test("OpenSSL's code after ODBC's provider name is not a provider number", () => {
    const signature = analyze('[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate]');
    expect(signature.providers).toEqual([]);
    expect(signature.codes).toContain('0xa000086');
  });

  test('OpenSSL 1.1.1 codes made only of digits are read as hex, like the others', () => {
    expect(analyze('error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure').codes).toContain('0x14094410');
  });
});

describe('failure facts', () => {
  const factsOf = (text: string) => analyze(text).facts.map((f) => f.fact);

  test.each([
    ['Server chose TLSv1, but that protocol version is not enabled or not supported by the client.', 'no-common-protocol'],
    ['javax.net.ssl.SSLException: Could not generate DH keypair', 'dh-too-large'],
    ['error:0A000086:SSL routines::certificate verify failed:unsuitable certificate purpose', 'cert-wrong-purpose'],
    ['java.security.cert.CertificateException: KeyUsage does not allow digital signatures', 'cert-wrong-purpose'],
    ['证书链是由不受信任的颁发机构颁发的。', 'cert-untrusted'],
    ["Login failed for user 'sa'.", 'login-failed'],
  ])('%s states %s', (text, fact) => {
    expect(factsOf(text)).toContain(fact);
  });

  test("GnuTLS's certificate status bitmask in a FreeTDS log is read flag by flag", () => {
    const signature = analyze('tls.c:NNN:Certificate status: 1026');
    expect(signature.codes).toEqual(expect.arrayContaining(['gnutls-status:0x2', 'gnutls-status:0x400']));
    expect(signature.facts.map((f) => f.fact)).toContain('cert-expired');
  });
});

describe('context facts read from the paste', () => {
  const context = (text: string) =>
    analyze(text)
      .facts.filter((f) => f.scope === 'context')
      .map((f) => `${f.fact}|${f.label}|${f.weight}`);

  test('a driver implies what it does by default, from the version on that does it', () => {
    expect(context('[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider')).toEqual(['encrypt-on-by-default|odbc@18|5']);
    expect(context('[Microsoft][ODBC Driver 17 for SQL Server]SSL Provider')).toEqual([]);
    expect(context('Microsoft.Data.SqlClient 3.1.5 SqlException')).toEqual([]);
    expect(context('Microsoft.Data.SqlClient 10.0 SqlException')).toEqual(['encrypt-on-by-default|mds@10.0|5']);
    // Named without a version: counted where every current release does it, at a lower weight.
    expect(context('at Microsoft.Data.SqlClient.SqlConnection.Open()')).toEqual(['encrypt-on-by-default|mds|4']);
    expect(context('pyodbc.OperationalError')).toEqual([]);
    expect(context('System.Data.SqlClient.SqlException')).toEqual([]);
  });

  test('a tool that shares a driver id keeps its own version history (dbatools 1.x kept the old defaults)', () => {
    const chain = 'The certificate chain was issued by an authority that is not trusted.';
    expect(context(`PowerShell\\Modules\\dbatools\\1.1.145\\allcommands.ps1:97471 | ${chain}`)).toEqual([]);
    expect(context(`PowerShell\\Modules\\dbatools\\2.1.5\\dbatools.psm1 | ${chain}`)).toEqual(['encrypt-on-by-default|sqlcmd@2.1|5']);
    // Its warnings name the command, not the module.
    expect(context(`WARNING: [10:24:22][Get-DbaAvailabilityGroup] Failure | ${chain}`)).toEqual(['encrypt-on-by-default|sqlcmd|4']);
    expect(context(`Connect-DbaInstance -SqlInstance sql01 -TrustServerCertificate | ${chain}`)).toEqual([]);
    // The other tools under the same id keep theirs.
    expect(context(`Invoke-Sqlcmd : ${chain}`)).toEqual(['encrypt-on-by-default|sqlcmd|4']);
    // The SqlServer module took Microsoft.Data.SqlClient's defaults in 22.
    expect(context(`C:\\Program Files\\WindowsPowerShell\\Modules\\SqlServer\\21.1.18256\\SqlServer.psm1 ${chain}`)).toEqual([]);
    expect(context(`C:\\Program Files\\WindowsPowerShell\\Modules\\SqlServer\\22.2.0\\SqlServer.psm1 ${chain}`)).toEqual(['encrypt-on-by-default|sqlcmd@22.2|5']);
    expect(context(`8:31:40 PM Installing SqlServer module ${chain}`)).toEqual(['encrypt-on-by-default|sqlcmd|4']);
    // dbt-sqlserver encrypts by default from 1.2 even on ODBC Driver 17, which itself does not.
    const odbc17 =
      '[Microsoft][ODBC Driver 17 for SQL Server]SSL Provider: [error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed:self signed certificate]';
    expect(context(`dbt was unable to connect to the specified database. ${odbc17}`)).toEqual(['encrypt-on-by-default|odbc|4']);
    expect(context(`dbt-sqlserver==1.1.0 ${odbc17}`)).toEqual([]);
    // SqlPackage's notice after every run says its defaults changed.
    expect(
      context(`Changes to connection setting default values were incorporated in a recent release. More information is available at https://aka.ms/dacfx-connection ${chain}`),
    ).toEqual(['encrypt-on-by-default|mds|4']);
  });

  test('names with versions and words about the situation are read in the reader’s words', () => {
    expect(context('our SQL Server 2012 box on Windows Server 2012 R2')).toEqual(['legacy-server-version|SQL Server 2012|4']);
    expect(context('running in a python:3.12-bookworm container')).toEqual(['client-openssl-strict|bookworm|4']);
    expect(context('after `brew upgrade freetds`, which pulled in openssl@3')).toEqual(['client-openssl-strict|openssl@3|4']);
    expect(context('FROM mcr.microsoft.com/dotnet/aspnet:7.0-alpine3.17')).toEqual(['client-openssl-strict|alpine3.17|4']);
    expect(context('FROM python:3.11-alpine3.16')).toEqual([]);
    expect(context('it fails intermittently')).toEqual(['failure-intermittent|intermittently|5']);
    expect(context('连接偶尔失败')).toEqual(['failure-intermittent|偶尔|3']);
    expect(context('after we disabled TLS 1.0 with IIS Crypto')).toEqual(['tls-recently-restricted|disabled TLS 1.0|5']);
    expect(context('升级后就连不上了')).toEqual(['client-upgraded|升级后|4']);
    // Words that only look alike say nothing: SQL Server 2016 and later support TLS 1.2 from RTM.
    expect(context('SQL Server 2016 and SQL Server 2019 on Ubuntu')).toEqual([]);
  });
});

describe('near matches across inflections', () => {
  const fact = (text: string, id: string) => analyze(text).facts.find((f) => f.fact === id);

  test('a message another Windows build words with other endings still reads as its fact, one weight less', () => {
    // The vocabulary's Russian SEC_E_UNTRUSTED_ROOT, with a word in another case.
    expect(fact('(provider: SSL Provider, error: 0 - Цепочка сертификатов не была выпущена доверенному центром сертификации.)', 'cert-untrusted')).toMatchObject({ weight: 4 });
  });

  test('a word that only begins like a much longer one is not taken for it', () => {
    expect(fact('The remote certificate is invalid according to the validation procedure.', 'cert-name-mismatch')).toBeUndefined();
  });

  test('a message found verbatim is not also a rewording of a longer message it is part of', () => {
    // 'self signed certificate in certificate chain' (a CA the client lacks) says more than a self-signed
    // server certificate: its telling words are the ones this paste does not have.
    const text = 'ConnectionError: Failed to connect to db01:1433 - self signed certificate at TLSSocket.onConnectSecure';
    expect(fact(text, 'cert-untrusted')).toMatchObject({ weight: 5 });
    expect(fact(text, 'cert-ca-issued')).toBeUndefined();
  });

  test("a rewording keeps the message's word order: words gathered from neighbouring sentences are no message", () => {
    // SQL Server's ERRORLOG asks to "verify that the certificate is correctly installed": no certificate verify failed.
    const log =
      'Unable to load user-specified certificate [Cert Hash(sha1) "A1B2"]. The server will not accept a connection. You should verify that the certificate is correctly installed. See "Configuring Certificate for Use by SSL" in Books Online.';
    expect(fact(log, 'cert-rejected')).toBeUndefined();
    // Kestrel's 'Request id ...' before 'thrown by the application' is not JDBC's 'The application requested encryption but the server ...'.
    const kestrel =
      'Connection id "0HLQ", Request id "0HLQ:0000000C": An unhandled exception was thrown by the application. System.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the pre-login handshake.';
    expect(fact(kestrel, 'server-encryption-unavailable')).toBeUndefined();
    // The same message in its own order, with another ending, still reads.
    expect(fact('The application requests encryption but the server is not configured to support SSL.', 'server-encryption-unavailable')).toMatchObject({ weight: 4 });
  });
});
