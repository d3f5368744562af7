import { readDataFile } from '../../../src/contentModel/dataFiles.ts';
import { describe, expect, test } from 'vitest';
import { builderData } from '../../../src/connectionStrings/builderData.ts';
import { checkConnectionString, maskedPairs, maxCheckedLength } from '../../../src/connectionStrings/checkConnectionString.ts';

const content = readDataFile(process.cwd(), 'connectionStrings');
const data = builderData(content, 'en');
/** What the paste check looks at on a scenario's page, as content declares it. */
const on = (slug: string) => content.showOn[slug] ?? [];
const kinds = (text: string, slug: string) => checkConnectionString(text, data, on(slug)).map((f) => f.kind);

describe('checkConnectionString()', () => {
  test('recognises each syntax and names the driver', () => {
    const detected = (text: string) => checkConnectionString(text, data, on('untrusted-certificate')).find((f) => f.kind === 'detected');
    expect(detected('Server=tcp:sql01,1433;Database=app;Encrypt=True')).toMatchObject({ driver: 'Microsoft.Data.SqlClient' });
    expect(detected('Driver={ODBC Driver 17 for SQL Server};Server=sql01;Encrypt=yes')).toMatchObject({ driver: 'ODBC Driver 17' });
    expect(detected('Driver={ODBC Driver 18 for SQL Server};Server=sql01')).toMatchObject({ driver: 'ODBC Driver 18' });
    expect(detected('jdbc:sqlserver://sql01:1433;databaseName=app;encrypt=true')).toMatchObject({ syntax: 'jdbc' });
    expect(detected('sqlserver://app@sql01:1433?database=app&encrypt=true')).toMatchObject({ syntax: 'go' });
  });

  test("flags a misspelled keyword with the right spelling, and accepts ADO.NET's spaced synonyms", () => {
    expect(checkConnectionString('Server=a.b;TrustServerCertficate=True', data, on('untrusted-certificate'))).toContainEqual({
      kind: 'misspelled',
      keyword: 'TrustServerCertficate',
      suggestion: 'TrustServerCertificate',
    });
    expect(kinds('Server=a.b;Trust Server Certificate=True', 'untrusted-certificate')).not.toContain('misspelled');
    expect(checkConnectionString('jdbc:sqlserver://a.b;encrypt=true;trustServerCertificat=true', data, on('untrusted-certificate'))).toContainEqual({
      kind: 'misspelled',
      keyword: 'trustServerCertificat',
      suggestion: 'trustServerCertificate',
    });
    // Keywords unrelated to TLS are not second-guessed.
    expect(kinds('Server=a.b;Application Name=x;Connect Timeout=30', 'untrusted-certificate')).not.toContain('misspelled');
  });

  test('JDBC encrypt=yes is flagged: the driver does not accept it', () => {
    expect(checkConnectionString('jdbc:sqlserver://a.b;encrypt=yes', data, on('untrusted-certificate'))).toContainEqual(
      expect.objectContaining({ kind: 'badEncryptValue', value: 'yes' }),
    );
  });

  test("encrypt-default-change: a string without Encrypt gets the driver's default explained", () => {
    const findings = checkConnectionString('Driver={ODBC Driver 18 for SQL Server};Server=sql01.contoso.com', data, on('encrypt-default-change'));
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'encryptDefault', text: expect.stringContaining('18.0') }));
    expect(kinds('Server=a.b;Encrypt=False', 'encrypt-default-change')).toContain('encryptExplicit');
  });

  test('untrusted-certificate: validation on, TrustServerCertificate on, and strict which ignores it', () => {
    expect(kinds('Server=a.b;Encrypt=True', 'untrusted-certificate')).toContain('validates');
    expect(kinds('Server=a.b;Encrypt=True;TrustServerCertificate=yes', 'untrusted-certificate')).toContain('trustOn');
    expect(kinds('Server=a.b;Encrypt=Strict;TrustServerCertificate=True', 'untrusted-certificate')).toContain('strictIgnoresTrust');
  });

  test('certificate-name-mismatch: IP address, short name, localhost, pinned host name', () => {
    for (const server of ['tcp:10.0.0.5,1433', 'sql01', 'localhost', '.\\SQLEXPRESS']) {
      expect(kinds(`Server=${server};Encrypt=True`, 'certificate-name-mismatch'), server).toContain('hostIsAddress');
    }
    expect(kinds('Server=sql01.contoso.com;Encrypt=True', 'certificate-name-mismatch')).toContain('hostNamed');
    expect(checkConnectionString('Server=10.0.0.5;Encrypt=True;HostNameInCertificate=sql01.contoso.com', data, on('certificate-name-mismatch'))).toContainEqual({
      kind: 'hostInCertificate',
      keyword: 'HostNameInCertificate',
      value: 'sql01.contoso.com',
    });
    expect(checkConnectionString('jdbc:sqlserver://10.0.0.5:1433;encrypt=true', data, on('certificate-name-mismatch'))).toContainEqual({
      kind: 'hostIsAddress',
      host: '10.0.0.5',
      hostKeyword: 'hostNameInCertificate',
    });
  });

  test('bad input gets a clear finding and never throws', () => {
    expect(kinds('', 'untrusted-certificate')).toEqual(['empty']);
    expect(kinds('   \n ', 'untrusted-certificate')).toEqual(['empty']);
    expect(kinds('<script>alert(1)</script>', 'untrusted-certificate')).toEqual(['notRecognized']);
    expect(kinds('\u0000\u0001\uFFFF garbage', 'untrusted-certificate')).toEqual(['notRecognized']);
    expect(kinds('sqlserver://[bad', 'untrusted-certificate')).toEqual(['notRecognized']);
    expect(() => checkConnectionString('Server={unbalanced;Encrypt="x', data, on('untrusted-certificate'))).not.toThrow();
  });

  test('a 1 MB paste is cut to the checked length and answered quickly', () => {
    const huge = `Server=a.b;Encrypt=True;${'x'.repeat(1024 * 1024)}`;
    const started = performance.now();
    const findings = checkConnectionString(huge, data, on('untrusted-certificate'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(findings[0]).toEqual({ kind: 'truncated', length: huge.length });
    expect(maxCheckedLength).toBe(8000);
  });

  test('passwords are masked in what is echoed back', () => {
    expect(maskedPairs('Server=a;User ID=sa;Password=s3cret;PWD={x;y}', data)).toEqual([
      ['Server', 'a'],
      ['User ID', 'sa'],
      ['Password', '••••'],
      ['PWD', '••••'],
    ]);
  });

  test.each([
    ['jdbc:sqlserver://a;clientKeyPassword=k3y;keyStoreSecret=s3;aadSecurePrincipalSecret=p4', ['k3y', 's3', 'p4']],
    ['Driver={ODBC Driver 18 for SQL Server};Server=a;KeyStoreSecret=s3;ClientKey=file:k.pem,hunter2', ['s3', 'hunter2']],
    ['Server=a;User ID=sa;Passwrod=typo1;Pasword=typo2', ['typo1', 'typo2']],
    ['Server=a;AccessToken=eyJ0eXAi', ['eyJ0eXAi']],
  ])('no secret of %s is echoed back', (input, secrets) => {
    const shown = maskedPairs(input, data)
      .map(([k, v]) => `${k}=${v}`)
      .join(';');
    expect(shown).toContain('••••');
    for (const secret of secrets) expect(shown).not.toContain(secret);
  });

  test('a client key keeps its path in view, only its password is masked', () => {
    expect(maskedPairs('Driver={ODBC Driver 18 for SQL Server};Server=a;ClientKey=file:k.pem,hunter2', data)).toContainEqual(['ClientKey', 'file:k.pem,••••']);
  });
});
