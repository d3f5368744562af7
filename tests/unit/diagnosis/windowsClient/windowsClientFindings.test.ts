import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { WindowsClientFindingId } from '../../../../src/ids/windowsClientFindings.ts';
import { readWindowsClientReport } from '../../../../src/diagnosis/windowsClient/readWindowsClientReport.ts';
import { offeredSuites, protocolState, windowsClientFindings } from '../../../../src/diagnosis/windowsClient/windowsClientFindings.ts';
import type { WindowsClientReport } from '../../../../src/diagnosis/windowsClient/reportShape.ts';

// The findings of every fixture, then each rule at its edges on variants of one fixture.

const fixture = (name: string): WindowsClientReport => {
  const result = readWindowsClientReport(readFileSync(join(process.cwd(), 'tests/fixtures/windows-client', name), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.report;
};

/** A copy of a fixture with changes applied. */
const variant = (name: string, change: (report: WindowsClientReport) => void): WindowsClientReport => {
  const report = structuredClone(fixture(name));
  change(report);
  return report;
};

const side = (report: WindowsClientReport, protocol: string, which: 'client' | 'server') => report.protocols.find((p) => p.name === protocol)![which];

describe('windowsClientFindings() per fixture', () => {
  const expected: [string, WindowsClientFindingId[]][] = [
    // .NET 4.8 from Windows Update leaves both values unset; 2012 R2 never got the leading-zero fix and offers TLS_DHE suites.
    ['server-2012r2-defaults.json', ['dotnetStrongCryptoOff', 'dheLeadingZeroUnfixed']],
    ['server-2022-defaults.json', ['dotnetStrongCryptoOff']],
    ['windows10-gpo-tls10-tls11-disabled.json', ['tls10ClientOff']],
    ['server-2012-dotnet45-without-strong-crypto.json', ['dotnetFrameworkBefore46', 'dotnetStrongCryptoOff', 'dheLeadingZeroUnfixed']],
    ['server-2019-fips-enabled.json', ['fipsPolicyOn']],
    // Windows Server 2016 at revision 2906, before KB4537806 (14393.3542).
    ['pasted-console-session.txt', ['dotnetStrongCryptoOff', 'dheLeadingZeroUnfixed']],
  ];
  test.each(expected)('%s', (name, findings) => {
    expect(windowsClientFindings(fixture(name))).toEqual(findings);
  });
});

describe('protocolState()', () => {
  test.each([
    [{ enabled: null, disabledByDefault: null }, 'windowsDefault'],
    [{ enabled: 0, disabledByDefault: 0 }, 'disabled'],
    [{ enabled: 0, disabledByDefault: null }, 'disabled'],
    [{ enabled: 1, disabledByDefault: 1 }, 'disabledByDefault'],
    [{ enabled: null, disabledByDefault: 1 }, 'disabledByDefault'],
    [{ enabled: -1, disabledByDefault: 0 }, 'enabled'],
    [{ enabled: null, disabledByDefault: 0 }, 'enabled'],
    [{ enabled: 1, disabledByDefault: null }, 'windowsDefault'],
  ] as const)('%o is %s', (values, state) => {
    expect(protocolState(values)).toBe(state);
  });
});

describe('each rule at its edges', () => {
  const base = 'server-2022-defaults.json';
  const has = (report: WindowsClientReport, id: WindowsClientFindingId) => windowsClientFindings(report).includes(id);

  test('TLS 1.2 client: off by its values, or by default on Windows 7 / Server 2008 R2', () => {
    expect(
      has(
        variant(base, (r) => (side(r, 'TLS 1.2', 'client').enabled = 0)),
        'tls12ClientOff',
      ),
    ).toBe(true);
    expect(
      has(
        variant(base, (r) => (side(r, 'TLS 1.2', 'client').disabledByDefault = 1)),
        'tls12ClientOff',
      ),
    ).toBe(true);
    // Only the Server side turned off: not this client's problem.
    expect(
      has(
        variant(base, (r) => (side(r, 'TLS 1.2', 'server').enabled = 0)),
        'tls12ClientOff',
      ),
    ).toBe(false);
    const windows7 = (r: WindowsClientReport) => Object.assign(r.os, { caption: 'Microsoft Windows 7 Professional', version: '6.1.7601', build: 7601, ubr: null });
    expect(has(variant(base, windows7), 'tls12ClientOff')).toBe(true);
    // Microsoft's TLS 1.2 values (KB3135244) turn it on there.
    const enabled = variant(base, (r) => {
      windows7(r);
      Object.assign(side(r, 'TLS 1.2', 'client'), { enabled: 1, disabledByDefault: 0 });
    });
    expect(has(enabled, 'tls12ClientOff')).toBe(false);
    // An unknown build judges the values alone.
    expect(
      has(
        variant(base, (r) => (r.os.build = null)),
        'tls12ClientOff',
      ),
    ).toBe(false);
  });

  test('TLS 1.0 client: only by its values, never by the Windows default', () => {
    expect(
      has(
        variant(base, (r) => (side(r, 'TLS 1.0', 'client').disabledByDefault = 1)),
        'tls10ClientOff',
      ),
    ).toBe(true);
    expect(
      has(
        variant(base, (r) => (side(r, 'TLS 1.0', 'server').enabled = 0)),
        'tls10ClientOff',
      ),
    ).toBe(false);
    expect(
      has(
        variant(base, (r) => Object.assign(side(r, 'TLS 1.0', 'client'), { enabled: 1, disabledByDefault: 0 })),
        'tls10ClientOff',
      ),
    ).toBe(false);
  });

  test('a TLS 1.3 key counts only before Windows Server 2022 / Windows 11', () => {
    const withKey = (build: number) =>
      variant(base, (r) => {
        r.os.build = build;
        side(r, 'TLS 1.3', 'server').enabled = 1;
      });
    expect(has(withKey(17763), 'tls13KeyWithoutTls13')).toBe(true);
    expect(has(withKey(20348), 'tls13KeyWithoutTls13')).toBe(false);
    expect(has(withKey(22631), 'tls13KeyWithoutTls13')).toBe(false);
    expect(
      has(
        variant(base, (r) => (r.os.build = 17763)),
        'tls13KeyWithoutTls13',
      ),
    ).toBe(false);
  });

  test('.NET Framework before 4.6: by Release, or installed without one (4.0); not when absent', () => {
    expect(
      has(
        variant(base, (r) => (r.dotNetFramework.release = 379893)),
        'dotnetFrameworkBefore46',
      ),
    ).toBe(true);
    expect(
      has(
        variant(base, (r) => (r.dotNetFramework.release = 393295)),
        'dotnetFrameworkBefore46',
      ),
    ).toBe(false);
    expect(
      has(
        variant(base, (r) => (r.dotNetFramework.release = null)),
        'dotnetFrameworkBefore46',
      ),
    ).toBe(true);
    expect(
      has(
        variant(base, (r) => Object.assign(r.dotNetFramework, { v4Installed: false, release: null })),
        'dotnetFrameworkBefore46',
      ),
    ).toBe(false);
  });

  test('SchUseStrongCrypto and SystemDefaultTlsVersions: both 1 in the v4 keys that apply; WOW6432Node only on 64-bit Windows', () => {
    const setV4 = (r: WindowsClientReport, wow6432: boolean, value: number | null) => {
      for (const key of r.dotNetFramework.tlsSettings.filter((k) => k.version === 'v4.0.30319' && k.wow6432 === wow6432))
        Object.assign(key, { schUseStrongCrypto: value, systemDefaultTlsVersions: value });
    };
    const bothSet = variant(base, (r) => (setV4(r, false, 1), setV4(r, true, 1)));
    expect(has(bothSet, 'dotnetStrongCryptoOff')).toBe(false);
    expect(
      has(
        variant(base, (r) => setV4(r, false, 1)),
        'dotnetStrongCryptoOff',
      ),
    ).toBe(true);
    expect(
      has(
        variant(base, (r) => (setV4(r, false, 1), (r.os.is64Bit = false))),
        'dotnetStrongCryptoOff',
      ),
    ).toBe(false);
    // Any other non-zero value is not the documented 1.
    expect(
      has(
        variant(base, (r) => (setV4(r, false, -1), setV4(r, true, 1))),
        'dotnetStrongCryptoOff',
      ),
    ).toBe(true);
    expect(
      has(
        variant(base, (r) => (r.dotNetFramework.v4Installed = false)),
        'dotnetStrongCryptoOff',
      ),
    ).toBe(false);
  });

  test('the suites offered: the policy when set, else the cmdlet, else the local list', () => {
    const policy = variant(base, (r) => (r.cipherSuites.policy = ' TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_AES_256_GCM_SHA384,'));
    expect(offeredSuites(policy)).toEqual(['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'TLS_AES_256_GCM_SHA384']);
    expect(has(policy, 'cipherPolicyWithoutRsaSuites')).toBe(true);
    expect(offeredSuites(variant(base, (r) => Object.assign(r.cipherSuites, { enabled: null, local: ['TLS_RSA_WITH_AES_128_CBC_SHA'] })))).toEqual([
      'TLS_RSA_WITH_AES_128_CBC_SHA',
    ]);
    expect(offeredSuites(variant(base, (r) => Object.assign(r.cipherSuites, { policy: '', enabled: null, local: null })))).toBeUndefined();
  });

  test('RSA suites: NULL suites do not count; old names with a curve suffix do; no list, no finding', () => {
    expect(
      has(
        variant(base, (r) => (r.cipherSuites.policy = 'TLS_RSA_WITH_NULL_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256')),
        'cipherPolicyWithoutRsaSuites',
      ),
    ).toBe(true);
    expect(
      has(
        variant(base, (r) => (r.cipherSuites.policy = 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256_P256')),
        'cipherPolicyWithoutRsaSuites',
      ),
    ).toBe(false);
    expect(
      has(
        variant(base, (r) => Object.assign(r.cipherSuites, { enabled: null, local: null })),
        'cipherPolicyWithoutRsaSuites',
      ),
    ).toBe(false);
  });

  test('TLS_DHE leading zero: builds without the fix (KB4557473), and only while a TLS_DHE suite is offered', () => {
    const on = (build: number, ubr: number | null) => variant(base, (r) => Object.assign(r.os, { build, ubr }));
    expect(has(on(14393, 3541), 'dheLeadingZeroUnfixed')).toBe(true);
    expect(has(on(14393, 3542), 'dheLeadingZeroUnfixed')).toBe(false);
    expect(has(on(14393, null), 'dheLeadingZeroUnfixed')).toBe(false);
    expect(has(on(10240, 0), 'dheLeadingZeroUnfixed')).toBe(true);
    expect(has(on(10586, 0), 'dheLeadingZeroUnfixed')).toBe(false);
    expect(has(on(17763, 1), 'dheLeadingZeroUnfixed')).toBe(false);
    const noDhe = variant('server-2012r2-defaults.json', (r) => (r.cipherSuites.policy = 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P256,TLS_RSA_WITH_AES_256_GCM_SHA384'));
    expect(has(noDhe, 'dheLeadingZeroUnfixed')).toBe(false);
  });

  test('FIPS: any non-zero Enabled', () => {
    expect(
      has(
        variant(base, (r) => (r.fips.enabled = -1)),
        'fipsPolicyOn',
      ),
    ).toBe(true);
    expect(
      has(
        variant(base, (r) => (r.fips.enabled = null)),
        'fipsPolicyOn',
      ),
    ).toBe(false);
  });
});
