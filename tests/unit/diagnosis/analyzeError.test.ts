import { readDataFile } from '../../../src/contentModel/dataFiles.ts';
import { describe, expect, test } from 'vitest';
import { analyzeError, maxReadChars } from '../../../src/diagnosis/analyzeError.ts';
import { compileHints } from '../../../src/diagnosis/hints.ts';
import { collectEvidence, compileSignal } from '../../../src/diagnosis/matchSignals.ts';
import { containsPhrase, normalizeCode, toMatchText } from '../../../src/diagnosis/normalize.ts';

const hints = compileHints(readDataFile(process.cwd(), 'hints'));
const analyze = (text: string) => analyzeError(text, hints);

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
