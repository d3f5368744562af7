import { describe, expect, test } from 'vitest';
import { loadSearch, loadSearchIndex } from '../../../src/search/loadSearchIndex.ts';
import { docOf } from '../../../src/search/searchIndex.ts';

const index = loadSearchIndex(process.cwd(), 'en');
const en = loadSearch(process.cwd(), 'en');
const zh = loadSearch(process.cwd(), 'zh');
const top = (searcher: typeof en, text: string) => searcher.search(text).results.map((r) => r.slug);

describe('search ranking', () => {
  test('a JDBC PKIX error ranks the untrusted certificate first, with the reason shown', () => {
    const outcome = en.search(
      'com.microsoft.sqlserver.jdbc.SQLServerException: The driver could not establish a secure connection to SQL Server by using Secure Sockets Layer (SSL) encryption. Error: "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target".',
    );
    expect(['untrusted-certificate', 'encrypt-default-change']).toContain(outcome.results[0]?.slug);
    // The reason shown is the fact the JSSE vocabulary read, with the words it read it from.
    expect(outcome.results[0]?.reasons[0]).toMatchObject({ kind: 'fact', label: expect.stringMatching(/^cert-untrusted\|/) });
  });

  test('the target principal name error ranks the name mismatch first in both languages', () => {
    const text = '(provider: SSL Provider, error: 0 - The target principal name is incorrect.)';
    expect(top(en, text)[0]).toBe('certificate-name-mismatch');
    expect(top(zh, text)[0]).toBe('certificate-name-mismatch');
  });

  test('an ambiguous 10054 ranks several plausible scenarios', () => {
    const slugs = top(en, 'TCP Provider: An existing connection was forcibly closed by the remote host. (10054)');
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    expect(slugs.slice(0, 4)).toContain('tls-version-mismatch');
  });

  test('calls a text ambiguous only when scenarios with evidence score about equally', () => {
    expect(en.search('(provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)').ambiguous).toBe(true);
    expect(zh.search('(provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed)').ambiguous).toBe(true);
    expect(en.search('(provider: SSL Provider, error: 0 - The target principal name is incorrect.)').ambiguous).toBe(false);
    expect(en.search('certificate verify failed (certificate has expired)').ambiguous).toBe(false);
    // Wording alone is never evidence, however many scenarios it touches.
    expect(en.search('certificate').ambiguous).toBe(false);
  });

  test('calls a text ambiguous when it reads the same for the first two scenarios, whatever their scores', () => {
    // A bare untrusted chain: the untrusted certificate and the encrypt default a driver upgrade brought
    // resolve the same failure, and only the scenarios' weights order them: questions tell them apart.
    const bare = en.search('(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)');
    expect(bare.results.slice(0, 2).map((r) => r.slug)).toEqual(['untrusted-certificate', 'encrypt-default-change']);
    expect(bare.ambiguous).toBe(true);
    // Go's own words for it are a telling phrase of the untrusted-certificate scenario: the text decides.
    expect(en.search('TLS Handshake failed: x509: certificate signed by unknown authority').ambiguous).toBe(false);
  });

  test('a text that names no cause is vague: its results are alike only in wording, and questions must find the cause', () => {
    const outcome = en.search('handshake problem after moving the server');
    expect(outcome.results.length).toBeGreaterThan(0);
    expect(outcome.hasEvidence).toBe(false);
    expect(outcome.vague).toBe(true);
    // Evidence, a judged paste or an answer outside TLS is never vague.
    expect(en.search('(provider: SSL Provider, error: 0 - The target principal name is incorrect.)').vague).toBe(false);
    expect(en.search("Login failed for user 'app'. (Microsoft SQL Server, Error: 18456)").vague).toBe(false);
  });

  test('a typed query with no codes still finds scenarios by wording', () => {
    expect(top(en, 'certificate expired')[0]).toBe('certificate-expired');
  });

  test('a 5 KB paste full of stack frames still ranks the right scenario first', () => {
    const frames = Array.from(
      { length: 60 },
      (_, i) => `   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.AttemptOneLogin${i}(ServerInfo serverInfo, Boolean ignoreSniOpenTimeout)`,
    ).join('\n');
    const text = `Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)\n${frames}\nClientConnectionId:0d8e3c1a-5e7b-4c3d-9f2a-1b2c3d4e5f60`;
    expect(text.length).toBeGreaterThan(5000);
    expect(['untrusted-certificate', 'encrypt-default-change']).toContain(top(en, text)[0]);
  });

  test('noise and payloads return no results instead of failing', () => {
    expect(en.search('   ').results).toEqual([]);
    expect(() => en.search("<img src=x onerror=alert(1)> \u202E ! ^ = ' $ | 🙂")).not.toThrow();
  });

  test('points the result at the fix for the detected driver', () => {
    const pkix =
      'com.microsoft.sqlserver.jdbc.SQLServerException: The driver could not establish a secure connection to SQL Server by using Secure Sockets Layer (SSL) encryption. Error: "PKIX path building failed"';
    const untrusted = en.search(pkix).results.find((r) => r.slug === 'untrusted-certificate');
    // The scenario's first fixes are for every driver; the Java trust store is the JDBC reader's fix.
    expect(untrusted?.fix?.id).toBe('fix-trust-ca-java');
    const odbc = en.search('[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate]');
    expect(odbc.results.find((r) => r.slug === 'untrusted-certificate')?.fix?.id).not.toBe('fix-trust-ca-java');
  });

  test('never opens a fix that lowers security first while a safer one fits', () => {
    const outcome = en.search(
      '(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.) ODBC Driver 18 for SQL Server on Windows',
    );
    expect(outcome.results.length).toBeGreaterThan(0);
    const lowersSecurity = new Set(index.docs.map(docOf).flatMap((doc) => doc.fixes.filter((f) => f.risk === 'lowers-security').map((f) => f.id)));
    for (const result of outcome.results) expect(lowersSecurity.has(result.fix?.id ?? '')).toBe(false);
  });
});

describe('typed words', () => {
  test('a keyword a reader types opens the scenario that talks about it, in both languages', () => {
    for (const searcher of [en, zh]) {
      expect(searcher.search('SHA1').results[0]?.slug).toBe('weak-signature-certificate');
      expect(searcher.search('kerberos').results[0]?.slug).toBe('certificate-name-mismatch');
      expect(searcher.search('CRL').results[0]?.slug).toBe('certificate-revoked');
      expect(searcher.search('intermittent').results[0]?.slug).toBe('dhe-leading-zero');
      expect(searcher.search('expired').results[0]?.slug).toBe('certificate-expired');
    }
    expect(en.search('self signed').results[0]?.slug).toBe('untrusted-certificate');
    expect(['tls-version-mismatch', 'network-reset']).toContain(en.search('forcibly closed').results[0]?.slug);
    expect(zh.search('证书链不受信任').results[0]?.slug).toBe('untrusted-certificate');
    expect(zh.search('密码套件').results[0]?.slug).toBe('cipher-suite-mismatch');
    expect(zh.search('cipher').results[0]?.slug).toBe('cipher-suite-mismatch');
  });
});

describe('answers beyond scenarios', () => {
  test('a text that says only that the connection ended gets "perhaps not TLS at all" after the likeliest scenarios', () => {
    // A reset with nothing about TLS around it: the scenarios first, then the answer that it may not be TLS.
    const reset = en.search('SQL Error [08S01]: Connection reset ClientConnectionId:997643a9-d4ed-447e-9716-3fbc0c349be6');
    expect(reset.outOfScope).toBeUndefined();
    expect(reset.results.length).toBeGreaterThanOrEqual(3);
    expect(reset.perhapsNotTls).toEqual({ at: 3 });
    expect(zh.search('远程主机强迫关闭了一个现有的连接。').perhapsNotTls).toEqual({ at: 3 });
    // A failure that names no handshake failure at all: third.
    expect(
      en.search("OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 17 for SQL Server]Client unable to establish connection (0) (SQLDriverConnect)')").perhapsNotTls?.at,
    ).toBeLessThanOrEqual(2);
  });

  test('"perhaps not TLS" is not offered where the text names a TLS cause, a failure outside TLS, or no failure at all', () => {
    for (const text of [
      '(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)',
      'error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol',
      "Login failed for user 'sa'.",
      'firewall',
      'certificate',
    ])
      expect(en.search(text).perhapsNotTls, text).toBeUndefined();
  });

  test('a failure outside the handshake is said first, with no TLS scenario ranked as if it fitted', () => {
    const login = en.search("Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.");
    expect(login.outOfScope?.fact).toBe('login-failed');
    expect(login.results).toEqual([]);
    const instance = en.search('(provider: SQL Network Interfaces, error: 26 - Error Locating Server/Instance Specified)');
    expect(instance.outOfScope?.fact).toBe('instance-not-found');
    // The provider and its number come with every TCP failure: they keep no scenario below the answer.
    const refused = en.search(
      'A network-related or instance-specific error occurred while establishing a connection to SQL Server. (provider: TCP Provider, error: 0 - No connection could be made because the target machine actively refused it.)',
    );
    expect(refused.outOfScope?.fact).toBe('tcp-connect-failed');
    expect(refused.results).toEqual([]);
  });

  test('a name that never resolved, a port that refused, and Azure SQL retrying a database are said to be what they are', () => {
    // Written from the runtimes' and Microsoft's documented messages (content/diagnosis/vocabularies/sockets.yaml, sqlclient.yaml).
    expect(en.search('ConnectionError: Failed to connect to sql01.contoso.local:1433 - getaddrinfo ENOTFOUND sql01.contoso.local').outOfScope?.fact).toBe('tcp-connect-failed');
    expect(en.search('java.net.UnknownHostException: sql01.contoso.local').outOfScope?.fact).toBe('tcp-connect-failed');
    const transient = en.search(
      "Database 'orders' on server 'contoso.database.windows.net' is not currently available. Please retry the connection later. If the problem persists, contact customer support, and provide them with the session tracing ID of '{8F9A}'.",
    );
    expect(transient.outOfScope?.fact).toBe('azure-transient');
    expect(transient.results).toEqual([]);
    expect(zh.search('Error Number:40501,State:1,Class:20 The service is currently busy. Retry the request after 10 seconds.').outOfScope?.fact).toBe('azure-transient');
  });

  test('a JDBC driver without the library its authentication needs is said to be that, in the driver’s languages', () => {
    // R_notConfiguredForIntegrated with its cause, and R_MSALMissing (mssql-jdbc SQLServerResource.java).
    const dll = en.search(
      'com.microsoft.sqlserver.jdbc.SQLServerException: This driver is not configured for integrated authentication. ClientConnectionId:421af087 Caused by: Unable to load authentication DLL mssql-jdbc_auth-12.6.1.x64',
    );
    expect(dll.outOfScope?.fact).toBe('client-auth-library-missing');
    expect(dll.results).toEqual([]);
    expect(en.search('SQLServerException: Failed to load MSAL4J Java library for performing ActiveDirectoryPassword authentication.').outOfScope?.fact).toBe(
      'client-auth-library-missing',
    );
    expect(zh.search('com.microsoft.sqlserver.jdbc.SQLServerException: 没有为集成身份验证配置驱动程序。').outOfScope?.fact).toBe('client-auth-library-missing');
  });

  test('a Java runtime whose own cryptography providers fail is the client’s setup, not the server’s', () => {
    // OpenJDK 8 RSAClientKeyExchange: the premaster secret's KeyGenerator or RSA cipher failed.
    const broken = en.search(
      'com.microsoft.sqlserver.jdbc.SQLServerException: The driver could not establish a secure connection to SQL Server by using Secure Sockets Layer (SSL) encryption. Error: "RSA premaster secret error".',
    );
    expect(broken.outOfScope?.fact).toBe('client-tls-library-unusable');
  });

  test('a command that outlived its timeout on an open connection is not a handshake, with its inner wait read as part of it', () => {
    const outcome = en.search(
      'Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\n ---> System.ComponentModel.Win32Exception (258): The wait operation timed out.',
    );
    expect(outcome.outOfScope?.fact).toBe('command-timeout');
    expect(outcome.results).toEqual([]);
    expect(zh.search('执行超时已过期。完成操作之前已超时或服务器未响应。').outOfScope?.fact).toBe('command-timeout');
  });

  test('a port that answers the pre-login with something that is not SQL Server is inconclusive, with the network under it', () => {
    const outcome = en.search(
      'com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host db01, port 3306 has failed. Error: "The driver received an unexpected pre-login response. Verify the connection properties and check that an instance of SQL Server is running on the host and accepting TCP/IP connections at the port."',
    );
    expect(outcome.outOfScope?.fact).toBe('prelogin-unanswered');
    expect(outcome.results[0]?.slug).toBe('network-reset');
    // The driver's log line when the connection breaks while it waits for that answer says the same.
    const reset = en.search('WARNING: ConnectionID:7 Prelogin error: host db01 port 1433 Error reading prelogin response: Connection reset ClientConnectionId:3f0c');
    expect(reset.outOfScope?.fact).toBe('prelogin-unanswered');
    expect(reset.results[0]?.slug).toBe('network-reset');
    // A server older than the driver says so in the driver's own words (its translations: localizedMessages.test.ts).
    expect(en.search('SQL Server version 8 is not supported by this driver.').outOfScope?.fact).toBe('tds-version-unsupported');
  });

  test('an HTTPS client or openssl s_client pointed at the SQL Server port is said to be that, not a handshake failure', () => {
    const https = en.search(
      'Unable to connect to host "https://sql01.contoso.com:1433/". System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception. ---> System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.',
    );
    expect(https.outOfScope?.fact).toBe('tls-tool-on-tds-port');
    expect(en.search('openssl s_client -connect sql01.contoso.com:1433 -showcerts: write:errno=104').outOfScope?.fact).toBe('tls-tool-on-tds-port');
    // Beside a driver's own handshake error, the s_client attempt does not hide it.
    const both = en.search(
      'openssl s_client -connect sql01:1433 gives nothing. The app says: [Microsoft][ODBC Driver 17 for SQL Server]SSL Provider: [error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol]',
    );
    expect(both.outOfScope).toBeUndefined();
    expect(both.results[0]?.slug).toBe('openssl-security-level');
    // An s_client that read the server's handshake met a server that takes TLS first (TDS 8.0): it worked.
    const strict = en.search(
      'RuntimeError: 0x2746 from the app. But openssl s_client -connect sql01.contoso.com:1433 works:\nSSL handshake has read 4539 bytes and written 2165 bytes\nVerification: OK\nProtocol: TLSv1.3',
    );
    expect(strict.outOfScope).toBeUndefined();
  });

  test('a text that states no failure is ranked by its words, and the situation it states orders them', () => {
    // No failure read, only an old server named: among the scenarios its words bring up, the version mismatch first.
    expect(top(en, 'Our app cannot connect to SQL Server 2012 any more since the weekend. Nothing changed on our side as far as I know.')[0]).toBe('tls-version-mismatch');
    // A distribution whose OpenSSL refuses old servers: the client's OpenSSL policy first.
    expect(top(en, 'Since we moved the app to Ubuntu 22.04 it no longer connects to the old database server.')[0]).toBe('openssl-security-level');
  });

  test("a certificate inside SQL Server (TDE, CREATE CERTIFICATE) is not the connection's TLS", () => {
    const restore = en.search(
      "Msg 33111, Level 16, State 3, Line 1\nCannot find server certificate with thumbprint '0x2991D93AF6EDB576EFBEF2BE969B86B613717C58'.\nMsg 3013, Level 16, State 1, Line 1\nRESTORE DATABASE is terminating abnormally.",
    );
    expect(restore.outOfScope?.fact).toBe('tsql-encryption-object');
    expect(restore.results).toEqual([]);
    expect(
      zh.search('Msg 15581, Level 16, State 7: Please create a master key in the database or open the master key in the session before performing this operation.').outOfScope
        ?.fact,
    ).toBe('tsql-encryption-object');
  });

  test('a TLS failure is not called out of scope because a login sentence surrounds it', () => {
    const outcome = en.search(
      'A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)',
    );
    expect(outcome.outOfScope).toBeUndefined();
    expect(outcome.results[0]?.slug).toBe('untrusted-certificate');
  });

  test.each([
    ['SSL Provider, error: 31', '31'],
    ['error 31', '31'],
    ['provider: SSL Provider error 31', '31'],
    ['(provider: TCP Provider, error: 35 - An internal exception was caught)', '35'],
    ['SEC_E_UNTRUSTED_ROOT (0x80090325)', '0x80090325'],
    ['An existing connection was forcibly closed by the remote host (10054)', '10054'],
  ])('%s links error page %s', (text, page) => {
    expect(en.search(text).errorPage?.id).toBe(page);
    expect(zh.search(text).errorPage?.id).toBe(page);
  });

  test('a pasted error in another Windows language loads its pack and ranks by the fact it states', () => {
    const outcome = en.search('(provider: SSL-Anbieter, error: 0 - Die Zertifikatkette wurde von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt.)');
    expect(outcome.signature.facts[0]?.fact).toBe('cert-untrusted');
    expect(outcome.results[0]?.slug).toBe('untrusted-certificate');
  });
});

describe('context facts: what the paste says about the situation', () => {
  const untrusted = (driver: string) => `${driver} SSL Provider: The certificate chain was issued by an authority that is not trusted.`;

  test('the same untrusted-chain error points at the new encryption default only for a driver that encrypts by default', () => {
    const odbc18 = en.search(untrusted('[Microsoft][ODBC Driver 18 for SQL Server]'));
    expect(odbc18.results[0]?.slug).toBe('encrypt-default-change');
    expect(odbc18.results[0]?.reasons).toContainEqual({ kind: 'fact', label: 'encrypt-on-by-default|odbc@18' });
    expect(odbc18.results[1]?.slug).toBe('untrusted-certificate');
    expect(top(en, untrusted('[Microsoft][ODBC Driver 17 for SQL Server]'))[0]).toBe('untrusted-certificate');
    expect(top(en, untrusted('System.Data.SqlClient.SqlException:'))[0]).toBe('untrusted-certificate');
    expect(top(en, untrusted('Microsoft.Data.SqlClient 3.1 SqlException:'))[0]).toBe('untrusted-certificate');
    expect(top(zh, untrusted('Microsoft.Data.SqlClient 5.1 SqlException:'))[0]).toBe('encrypt-default-change');
  });

  test('a situation alone explains nothing: no scenario is ranked by evidence', () => {
    for (const text of ['[Microsoft][ODBC Driver 18 for SQL Server] after upgrading the image to Debian 12', 'it fails intermittently since we disabled TLS 1.0']) {
      const outcome = en.search(`${text} ${'and nothing else was logged. '.repeat(5)}`);
      expect(outcome.hasEvidence).toBe(false);
    }
  });

  test('a failure that comes and goes moves the scenarios of intermittent resets ahead of a version mismatch', () => {
    const reset = 'TCP Provider: An existing connection was forcibly closed by the remote host. (10054)';
    expect(top(en, reset)[0]).toBe('tls-version-mismatch');
    const intermittent = top(en, `${reset} It happens intermittently, a few times an hour.`);
    expect(intermittent.slice(0, 2)).toEqual(expect.arrayContaining(['network-reset', 'dhe-leading-zero']));
    expect(top(zh, `连接偶尔失败：${reset}`).slice(0, 2)).toEqual(expect.arrayContaining(['network-reset', 'dhe-leading-zero']));
  });

  test('context never lifts a scenario past one that reads a more specific failure', () => {
    const text = '[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: The target principal name is incorrect. It started after upgrading, intermittently.';
    expect(top(en, text)[0]).toBe('certificate-name-mismatch');
  });

  test('a protocol refusal by the system OpenSSL (ODBC, .NET on Linux) points at its policy; one by Node.js, which brings its own, at the versions', () => {
    const refusal = 'SSL Provider: [error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol]';
    expect(top(en, `[Microsoft][ODBC Driver 17 for SQL Server]${refusal}`)[0]).toBe('openssl-security-level');
    expect(top(zh, `[Microsoft][ODBC Driver 18 for SQL Server]${refusal}`)[0]).toBe('openssl-security-level');
    expect(top(en, `ConnectionError: Failed to connect to db01:1433 - 5544:error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol`)[0]).toBe(
      'tls-version-mismatch',
    );
    // OpenSSL 3's cryptic refusal of a TLS 1.0 key exchange signed with SHA-1 is the same policy.
    expect(top(en, '[Microsoft][ODBC Driver 17 for SQL Server]SSL Provider: [error:0A0C0103:SSL routines::internal error]')[0]).toBe('openssl-security-level');
    // On Windows the ODBC driver uses Schannel: the same refusal says nothing about OpenSSL.
    expect(
      top(en, '[Microsoft][ODBC Driver 17 for SQL Server]SSL Provider: The client and server cannot communicate, because they do not possess a common algorithm.')[0],
    ).not.toBe('openssl-security-level');
  });

  test('an issuer the client lacks is a trust-store fix even for a driver that encrypts by default; a self-signed certificate stays the default-change story', () => {
    const odbc18 = '[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:';
    const issuer = en.search(`${odbc18}unable to get local issuer certificate]`);
    expect(issuer.results[0]?.slug).toBe('untrusted-certificate');
    expect(issuer.results[0]?.reasons).toContainEqual({ kind: 'fact', label: 'cert-ca-issued|unable to get local issuer certificate' });
    expect(top(zh, `Failed to connect to db01:1433 - unable to verify the first certificate (code UNABLE_TO_VERIFY_LEAF_SIGNATURE) tedious`)[0]).toBe('untrusted-certificate');
    expect(top(en, `${odbc18}self-signed certificate]`)[0]).toBe('encrypt-default-change');
  });

  test('a scenario about some drivers (an OpenSSL policy) is not first for a paste from another stack (JSSE)', () => {
    const jsse =
      'com.microsoft.sqlserver.jdbc.SQLServerException: The driver could not establish a secure connection to SQL Server by using Secure Sockets Layer (SSL) encryption. Error: "Certificates do not conform to algorithm constraints".';
    expect(top(en, jsse)[0]).toBe('weak-signature-certificate');
    expect(top(zh, jsse)[0]).toBe('weak-signature-certificate');
    // Without a driver named, the policy scenario keeps its place among the candidates.
    expect(top(en, 'Certificates do not conform to algorithm constraints').slice(0, 2)).toContain('openssl-security-level');
  });

  test('a setting the paste shows was chosen is not the driver default: the default-change story needs the default', () => {
    const pkix =
      'but the driver could not establish a secure connection to SQL Server by using Secure Sockets Layer (SSL) encryption: Error: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target';
    expect(
      top(en, `com.microsoft.sqlserver.jdbc.SQLServerException: "encrypt" property is set to "strict" and "trustServerCertificate" property is set to "false" ${pkix}`)[0],
    ).toBe('untrusted-certificate');
    const sqlClient = (connectionString: string) =>
      `Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.) ${connectionString}`;
    expect(top(zh, sqlClient('Server=db01;Database=app;Integrated Security=true'))[0]).toBe('encrypt-default-change');
    expect(top(zh, sqlClient('Server=db01;Database=app;Encrypt=False;Integrated Security=true'))[0]).toBe('untrusted-certificate');
  });

  test('a client on a Linux with strict OpenSSL defaults raises the security-level scenario for a protocol refusal, and says why', () => {
    const text = '[Microsoft][ODBC Driver 17 for SQL Server]SSL Provider: [error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol]';
    const scoreOf = (query: string) => en.search(query).results.find((r) => r.slug === 'openssl-security-level');
    const plain = scoreOf(text)!;
    const onDebian = scoreOf(`${text} (container on Debian 11 bullseye)`)!;
    expect(onDebian.score).toBeGreaterThan(plain.score);
    expect(onDebian.reasons).toContainEqual({ kind: 'fact', label: 'client-openssl-strict|Debian 11' });
  });
});

describe('reading what a stack prints beyond its message text', () => {
  test('the ODBC driver on Linux prints a reset as a bare code: that says Linux, and its OpenSSL policy comes first', () => {
    const text =
      'Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x2746.\nSqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Client unable to establish connection.';
    const outcome = en.search(text);
    expect(outcome.signature.platforms).toEqual(expect.arrayContaining(['linux', 'macos']));
    expect(outcome.results[0]?.slug).toBe('openssl-security-level');
    expect(top(zh, text)[0]).toBe('openssl-security-level');
    // On Windows the same reset carries its message text and says nothing about OpenSSL: the policy
    // scenario does not read the reset at all there (its resolves entry is onlyWith the system OpenSSL).
    const onWindows = en.search('[Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: An existing connection was forcibly closed by the remote host.');
    expect(onWindows.results[0]?.slug).not.toBe('openssl-security-level');
    expect(onWindows.results.find((r) => r.slug === 'openssl-security-level')?.reasons ?? []).not.toContainEqual(expect.objectContaining({ kind: 'fact' }));
  });

  test('mssql-jdbc naming the encrypt and trust settings: only encrypt=true with trust off is the default-change story', () => {
    const failure = 'but the driver could not establish a secure connection to SQL Server by using Secure Sockets Layer (SSL) encryption: Error: Connection reset.';
    const withDefaults = `com.microsoft.sqlserver.jdbc.SQLServerException: "encrypt" property is set to "true" and "trustServerCertificate" property is set to "false" ${failure}`;
    const encryptOff = `com.microsoft.sqlserver.jdbc.SQLServerException: "encrypt" property is set to "false" and "trustServerCertificate" property is set to "false" ${failure}`;
    const reasons = (text: string) => en.search(text).results.find((r) => r.slug === 'encrypt-default-change')?.reasons ?? [];
    expect(reasons(withDefaults)).toContainEqual(expect.objectContaining({ kind: 'phrase' }));
    expect(reasons(encryptOff)).not.toContainEqual(expect.objectContaining({ kind: 'phrase' }));
    expect(top(en, encryptOff)[0]).not.toBe('encrypt-default-change');
  });

  test('a runtime that cannot speak the protocol at all is a version problem', () => {
    expect(
      top(
        en,
        'com.microsoft.sqlserver.jdbc.SQLServerException: The driver could not establish a secure connection to SQL Server by using Secure Sockets Layer (SSL) encryption. Error: "TLSv1 SSLContext not available".',
      )[0],
    ).toBe('tls-version-mismatch');
    const clientCannot = en.search(
      'System.Data.SqlClient.SqlException (0x80131904): The instance of SQL Server you attempted to connect to requires encryption but this machine does not support it.',
    );
    expect(clientCannot.signature.facts.map((f) => f.fact)).toContain('no-common-protocol');
    expect(clientCannot.results[0]?.slug).toBe('tls-version-mismatch');
  });

  test("a login failure printed by a tool's unencrypted fallback does not hide the handshake failure before it", () => {
    const text =
      "Connection failed: An error occured during the attempt of performing I/O: tls handshake eof\nRetry without encryption failed: Login failed for user 'app' (code: 18456, state: 1, class: 14)";
    const outcome = en.search(text);
    expect(outcome.outOfScope).toBeUndefined();
    expect(outcome.results[0]?.slug).toBe('tls-version-mismatch');
    // Alone, the login failure is still said to be one.
    expect(en.search("Login failed for user 'app'. (Microsoft SQL Server, Error: 18456)").outOfScope?.fact).toBe('login-failed');
  });

  test('a connection that broke after login is said to be one, with the packet-size scenario first, in any SqlClient language', () => {
    const dropped = en.search(
      'System.Data.SqlClient.SqlException (0x80131904): A transport-level error has occurred when sending the request to the server. (provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)',
    );
    // The reset inside says how the open connection broke, not that a handshake failed.
    expect(dropped.outOfScope?.fact).toBe('session-dropped');
    expect(dropped.results[0]?.slug).toBe('packet-size-encryption');
    expect(zh.search('在从服务器接收结果时发生传输级错误。 (provider: TCP Provider, error: 0 - 指定的网络名不再可用。)').outOfScope?.fact).toBe('session-dropped');
    // A handshake failure as strong beside it keeps the text in scope.
    const untrusted = en.search(
      'A transport-level error has occurred when receiving results from the server. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)',
    );
    expect(untrusted.outOfScope).toBeUndefined();
  });

  test("tedious' wrappers: a connect timeout is read through its server name, and a lost connection is not taken for a dropped session", () => {
    // The server name sits inside the message, so a vocabulary pattern reads it (tedious:connect-timeout).
    // Its timer covers the whole connection, TCP included: alone it says "check the server is reachable"
    // first, with the handshake that hangs (network-reset) as the result below.
    const timeout = en.search('ConnectionError: Failed to connect to db.example.com:1433 in 15000ms');
    expect(timeout.outOfScope?.fact).toBe('connect-timeout');
    // The answer quotes what the pattern read in the paste, not the reader's code.
    expect(timeout.outOfScope?.label).toBe('Failed to connect to db.example.com:1433 in 15000ms');
    expect(timeout.results[0]?.slug).toBe('network-reset');
    // tedious says "Connection lost" in every state but connecting and TLS negotiation: perhaps not TLS at
    // all (a session the server or the network ended), or a strict-only (TDS 8.0) server that closed the
    // plain PRELOGIN (the lab's strict-forced), the first result.
    const lost = en.search('ConnectionError: Connection lost - socket hang up');
    expect(lost.outOfScope?.fact).toBe('connection-lost-outside-handshake');
    expect(lost.results.slice(0, 2).map((r) => r.slug)).toEqual(['strict-encryption', 'network-reset']);
    // Every address it tried refused or timed out at the TCP level: nothing of TLS happened.
    expect(zh.search('SequelizeConnectionError: Failed to connect to localhost:1433 - Could not connect (sequence)').outOfScope?.fact).toBe('tcp-connect-failed');
  });

  test('a connect timer that covers the whole connection is not taken for a handshake failure, unless the text says TLS was reached', () => {
    const alone = zh.search('SQLSTATE[HYT00]: [unixODBC][Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired');
    expect(alone.outOfScope?.fact).toBe('connect-timeout');
    expect(alone.results[0]?.slug).toBe('network-reset');
    // A reset beside it is the handshake's story: ranked as TLS scenarios, no out-of-scope answer.
    const reset = en.search('Login timeout expired. TCP Provider: Error code 0x2746. Client unable to establish connection');
    expect(reset.outOfScope).toBeUndefined();
    // A stage-named timeout (pre-login) stays a handshake timeout.
    expect(en.search('Connection Timeout Expired. The timeout period elapsed while attempting to consume the pre-login handshake acknowledgement.').outOfScope).toBeUndefined();
  });

  test('ODBC on Linux or macOS prints a socket error as a bare code: that alone names the driver and its system OpenSSL', () => {
    const bare = en.search('I keep getting Error code 0x2746 when I connect');
    expect(bare.signature.drivers.map((d) => d.id)).toContain('odbc');
    expect(bare.signature.facts.map((f) => f.fact)).toContain('client-system-openssl');
    // SQL Server's own error log (17830) says "Network error code": not a client on Linux.
    expect(en.search('Network error code 0x2746 occurred while establishing a connection; the connection has been closed.').signature.drivers).toEqual([]);
  });

  test("Android's TLS provider and go-mssqldb's login say the server ended the connection, between variable parts", () => {
    // conscrypt puts its SSL object's address between what failed and why.
    const android = en.search('java.sql.SQLException: Network error IOException: SSL handshake aborted: ssl=0x7f3c2a1b40: I/O error during system call, Connection reset by peer');
    expect(android.signature.facts.map((f) => f.fact)).toContain('peer-reset');
    expect(android.outOfScope).toBeUndefined();
    // go-mssqldb: the server closed the connection before it answered the (TLS-protected) login.
    expect(zh.search('mssql: login error: EOF').signature.facts.map((f) => f.fact)).toContain('peer-reset');
  });

  test('Node.js 25 refusing an IP address as the TLS server name is said as the client refusing its own options, before any handshake', () => {
    const refused = zh.search(
      "ConnectionError: Failed to connect to 10.0.0.5:1433 - The property 'options.servername' Setting the TLS ServerName to an IP address is not permitted.. Received '10.0.0.5'",
    );
    expect(refused.outOfScope?.fact).toBe('client-tls-option-refused');
    // Node 12 to 24 only warn, and the connection goes on: the warning is not read as the failure.
    const warned = en.search(
      '(node:1234) [DEP0123] DeprecationWarning: Setting the TLS ServerName to an IP address is not permitted by RFC 6066. This will be ignored in a future version.',
    );
    expect(warned.signature.facts.map((f) => f.fact)).not.toContain('client-tls-option-refused');
  });

  test("Java's certification-path failure against SQL Server is the Microsoft JDBC driver's, which validates by default since 10.2", () => {
    const pkix = en.search('PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target');
    expect(pkix.signature.drivers.map((d) => d.id)).toContain('jdbc');
    expect(pkix.signature.facts.map((f) => f.fact)).toContain('encrypt-on-by-default');
  });

  test('the ODBC call that failed says when: a reset in a statement call broke an open session, one in the connect call is a handshake matter', () => {
    const reset = (call: string) => `pyodbc.OperationalError: ('08S01', '[08S01] [Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: Error code 0x68 (104) (${call})')`;
    expect(en.search(reset('SQLGetData')).outOfScope?.fact).toBe('session-dropped');
    expect(zh.search(reset('SQLExecDirectW')).outOfScope?.fact).toBe('session-dropped');
    expect(en.search(reset('SQLDriverConnect')).outOfScope).toBeUndefined();
  });

  test("FreeTDS's own messages: no socket is a connection problem, an EOF at connect is the server ending the handshake, a too-old TDS is not TLS", () => {
    const noSocket =
      "pymssql._mssql.MSSQLDatabaseException: (20009, b'DB-Lib error message 20009, severity 9:\\nUnable to connect: Adaptive Server is unavailable or does not exist (db01)\\n')";
    expect(en.search(noSocket).outOfScope?.fact).toBe('tcp-connect-failed');
    const eof = 'Error 20017 (severity 9):\n\tUnexpected EOF from the server\nError 20002 (severity 9):\n\tAdaptive Server connection failed';
    expect(en.search(eof).outOfScope).toBeUndefined();
    expect(en.search(eof).signature.facts.map((f) => f.fact)).toContain('peer-reset');
    expect(zh.search('TinyTds::Error: connecting with a TDS version older than 7.3! (ActiveRecord::StatementInvalid)').outOfScope?.fact).toBe('tds-version-unsupported');
  });

  test('a client that connected without encryption to a server that requires it is told to turn it on, in any driver', () => {
    expect(en.search("ConnectionError: Server requires encryption, set 'encrypt' config option to true.").outOfScope?.fact).toBe('client-encryption-off');
    expect(
      zh.search('pytds.tds_base.Error: Client does not have encryption enabled but it is required by server, enable encryption and try connecting again').outOfScope?.fact,
    ).toBe('client-encryption-off');
    expect(
      en.search('com.microsoft.sqlserver.jdbc.SQLServerException: SQL Server login requires an encrypted connection that uses Secure Sockets Layer (SSL).').outOfScope?.fact,
    ).toBe('client-encryption-off');
  });

  test('a client that cannot load its own TLS library is told so, before any server is blamed', () => {
    const odbc = '[08001][Microsoft][ODBC Driver 17 for SQL Server]SSL Provider: [OpenSSL library could not be loaded, make sure OpenSSL 1.0 or 1.1 is installed]';
    expect(en.search(odbc).outOfScope?.fact).toBe('client-tls-library-unusable');
    expect(zh.search('No usable version of libssl was found').outOfScope?.fact).toBe('client-tls-library-unusable');
  });

  test('a server that cannot encrypt at all, for a client that now requires it, is the encryption-default story in any SqlClient language', () => {
    expect(top(en, 'Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Encryption not supported on SQL Server..')[0]).toBe('encrypt-default-change');
    expect(top(zh, 'Microsoft.Data.SqlClient.SqlException (0x80131904): 您试图连接的 SQL Server 实例不支持加密。')[0]).toBe('encrypt-default-change');
    // Its words scattered over a longer paste are not a reworded copy of it.
    const scattered = 'SQL Server connection failed: tls handshake eof. Retrying without encryption failed: login failed on server db01. The old driver is not supported any more.';
    expect(en.search(scattered).signature.facts.map((f) => f.fact)).not.toContain('server-encryption-unavailable');
  });

  test('a reworded Chinese or Japanese message is one sentence too: its character pairs spread over a long paste are not it', () => {
    // Every pair of 远程主机强迫关闭了一个现有的连接 (10054) but two, over three sentences about something else.
    const scattered = '远程主机上的计划任务说明：每天凌晨备份完成后，运维会强迫关闭了所有报表服务的会话，然后重新生成索引并更新统计信息，最后检查一个现有的连接池配置是否正确。';
    expect(zh.search(scattered).signature.facts.map((f) => f.fact)).not.toContain('peer-reset');
    // The message itself, slightly reworded (现有连接), still reads as the reset.
    expect(zh.search('远程主机强迫关闭了一个现有连接').signature.facts.map((f) => f.fact)).toContain('peer-reset');
  });

  test("a driver that fails on an old protocol itself, and Android's trust store, are read like the stacks' own messages", () => {
    const nativeProtocols =
      "System.ArgumentException HResult=0x80070057 Message=The specified value is not valid in the 'NativeProtocols' enumeration. Parameter name: NativeProtocols Source=Microsoft.Data.SqlClient";
    expect(top(en, nativeProtocols)[0]).toBe('tls-version-mismatch');
    const android =
      'Microsoft.Data.SqlClient.SqlException: A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: TCP Provider, error: 35 - An internal exception was caught) java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.';
    expect(en.search(android).signature.facts.map((f) => f.fact)).toContain('cert-untrusted');
    expect(top(zh, android).slice(0, 2)).toContain('untrusted-certificate');
  });

  test('a full connection pool, a database the login cannot open and the Azure SQL firewall are each said to be what they are', () => {
    const pool =
      'Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached.';
    expect(en.search(pool).outOfScope?.fact).toBe('pool-exhausted');
    expect(zh.search('超时时间已到。超时时间已到，但是尚未从池中获取连接。出现这种情况可能是因为所有池连接均在使用，并且达到了最大池大小。').outOfScope?.fact).toBe(
      'pool-exhausted',
    );
    expect(en.search('Msg 4060, Level 11, State 1: Cannot open database "Shop" requested by the login. The login failed.').outOfScope?.fact).toBe('login-failed');
    const firewall = en.search(
      "Cannot open server 'contoso' requested by the login. Client with IP address '203.0.113.7' is not allowed to access the server.  To enable access, use the Azure Management Portal or run sp_set_firewall_rule on the master database to create a firewall rule for this IP address or address range.",
    );
    expect(firewall.outOfScope?.fact).toBe('server-firewall-refused');
    // Only what it is: no TLS scenario is ranked as if it fitted.
    expect(firewall.results).toEqual([]);
  });

  test("Kerberos's wrong SPN is not a certificate's name: 'target principal name' beside 'Cannot generate SSPI context', in any language", () => {
    const kerberos = en.search('The target principal name is incorrect.  Cannot generate SSPI context. (Microsoft SQL Server, Error: 0)');
    expect(kerberos.outOfScope?.fact).toBe('sspi-context');
    expect(kerberos.signature.facts.map((f) => f.fact)).not.toContain('cert-name-mismatch');
    expect(en.search('Der Zielprinzipalname ist falsch. SSPI-Kontext kann nicht generiert werden.').outOfScope?.fact).toBe('sspi-context');
    // In the handshake it is still the certificate's name.
    const tls = en.search('(provider: SSL Provider, error: 0 - The target principal name is incorrect.)');
    expect(tls.outOfScope).toBeUndefined();
    expect(tls.results[0]?.slug).toBe('certificate-name-mismatch');
  });

  test('a reworded message needs most of its words: one rare word shared with a traceback is not a match', () => {
    const traceback =
      'File "/srv/app/users.py", line 58, in get_user_list\n    rows = db.query(sql)\npymssql._pymssql.OperationalError: (20002, b"DB-Lib error message 20002, severity 9:\\nAdaptive Server connection failed (10.1.2.3)")';
    expect(en.search(traceback).signature.facts.map((f) => f.fact)).not.toContain('cert-name-mismatch');
  });
});

describe('a message inside a longer message', () => {
  test("belongs to the longer one: SqlClient's unsupported TDS version is not OpenSSL's unsupported protocol", () => {
    const outcome = en.search('System.InvalidOperationException: The SQL Server instance returned an invalid or unsupported protocol version during login negotiation.');
    expect(outcome.signature.facts.map((f) => f.fact)).toEqual(['tds-version-unsupported']);
    expect(outcome.outOfScope?.fact).toBe('tds-version-unsupported');
    // Where the short message also stands on its own, it still counts.
    const both = en.search(
      'The handshake ends: unsupported protocol. Earlier: The SQL Server instance returned an invalid or unsupported protocol version during login negotiation.',
    );
    expect(both.signature.facts.map((f) => f.fact)).toContain('no-common-protocol');
  });
});
