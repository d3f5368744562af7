// What a Windows client's report (sqltls-client.ps1) shows it cannot do that a SQL Server may need. Each
// rule goes only as far as the Microsoft page cited beside it; content gives each finding its scenario,
// failure fact and sentence (content/probe/windows-client-findings.yaml).
import { windowsClientFindingIds, type WindowsClientFindingId } from '../../ids/windowsClientFindings.ts';
import type { ProtocolSide, WindowsClientReport } from './reportShape.ts';

/** How Schannel treats one protocol on one side, from its two registry values (Transport Layer Security (TLS) registry settings). */
export type ProtocolState = 'enabled' | 'disabledByDefault' | 'disabled' | 'windowsDefault';

/** Enabled = 0 wins over everything; a non-zero DisabledByDefault leaves the protocol to applications that ask for it; DisabledByDefault = 0 (Enabled not 0) turns it on; anything else leaves the Windows default. */
export function protocolState(side: ProtocolSide | undefined): ProtocolState {
  if (!side) return 'windowsDefault';
  if (side.enabled === 0) return 'disabled';
  if (side.disabledByDefault !== null && side.disabledByDefault !== 0) return 'disabledByDefault';
  if (side.disabledByDefault === 0) return 'enabled';
  return 'windowsDefault';
}

const clientSide = (report: WindowsClientReport, protocol: string) => report.protocols.find((p) => p.name === protocol)?.client;
const isOff = (state: ProtocolState) => state === 'disabled' || state === 'disabledByDefault';

// Windows 8 / Server 2012 (build 9200): TLS 1.2 on by default; Windows 7 / Server 2008 R2 support it with
// the registry values only (.NET Framework TLS best practices, "Support for TLS 1.2"; KB3135244).
const firstBuildWithTls12On = 9200;
// Windows Server 2022 (build 20348) and Windows 11: the first with TLS 1.3 (SQLCHECK, quoted by the scenario).
const firstBuildWithTls13 = 20348;
// .NET Framework 4.6: the first release whose ADO.NET supports TLS 1.2 (KB3135244); Release values per
// "How to determine which .NET Framework versions are installed".
const netFramework46Release = 393295;

function tls12ClientOff(report: WindowsClientReport): boolean {
  const state = protocolState(clientSide(report, 'TLS 1.2'));
  if (state === 'windowsDefault') return report.os.build !== null && report.os.build < firstBuildWithTls12On;
  return isOff(state);
}

/** A TLS 1.3 value on a Windows without TLS 1.3 (either side: SQLCHECK warns about the key itself). */
function tls13KeyWithoutTls13(report: WindowsClientReport): boolean {
  const tls13 = report.protocols.find((p) => p.name === 'TLS 1.3');
  const present = [tls13?.client, tls13?.server].some((side) => side && (side.enabled !== null || side.disabledByDefault !== null));
  return present && report.os.build !== null && report.os.build < firstBuildWithTls13;
}

function dotnetFrameworkBefore46(report: WindowsClientReport): boolean {
  const netFx = report.dotNetFramework;
  return netFx.v4Installed === true && (netFx.release === null || netFx.release < netFramework46Release);
}

/** The v4.0.30319 keys that apply here (WOW6432Node only on 64-bit Windows) without both values set to 1. */
function dotnetStrongCryptoOff(report: WindowsClientReport): boolean {
  if (report.dotNetFramework.v4Installed !== true) return false;
  return report.dotNetFramework.tlsSettings
    .filter((key) => key.version === 'v4.0.30319' && (!key.wow6432 || report.os.is64Bit !== false))
    .some((key) => key.schUseStrongCrypto !== 1 || key.systemDefaultTlsVersions !== 1);
}

/**
 * The suites Windows offers: the SSL Cipher Suite Order policy when set (then no other suite is used:
 * Manage TLS), else the cmdlet's list, else the local list; undefined when none was readable.
 */
export function offeredSuites(report: WindowsClientReport): string[] | undefined {
  const policy = report.cipherSuites.policy
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (policy?.length) return policy;
  return report.cipherSuites.enabled ?? report.cipherSuites.local ?? undefined;
}

// A TLS 1.2-and-earlier suite an RSA certificate can serve (what SQL Server certificates normally carry);
// NULL suites are used only when an application asks for them.
const rsaSuite = /^TLS_(?:ECDHE_RSA|DHE_RSA|RSA)_WITH_(?!NULL_)/;

function cipherPolicyWithoutRsaSuites(report: WindowsClientReport): boolean {
  const suites = offeredSuites(report);
  return suites !== undefined && suites.length > 0 && !suites.some((name) => rsaSuite.test(name));
}

/** Windows without the TLS_DHE leading-zero fix (KB4557473): 14393 before revision 3542, 10240 (1507) and everything older. */
function lacksLeadingZeroFix(build: number | null, ubr: number | null): boolean {
  if (build === null) return false;
  if (build === 14393) return ubr !== null && ubr < 3542;
  return build <= 10240;
}

function dheLeadingZeroUnfixed(report: WindowsClientReport): boolean {
  return lacksLeadingZeroFix(report.os.build, report.os.ubr) && (offeredSuites(report) ?? []).some((name) => name.startsWith('TLS_DHE_'));
}

const fipsPolicyOn = (report: WindowsClientReport) => report.fips.enabled !== null && report.fips.enabled !== 0;

/** TLS 1.0 switched off for this client by its registry values (the Windows default is not judged: it is changing). */
const tls10ClientOff = (report: WindowsClientReport) => isOff(protocolState(clientSide(report, 'TLS 1.0')));

const rules: Record<WindowsClientFindingId, (report: WindowsClientReport) => boolean> = {
  tls12ClientOff,
  tls10ClientOff,
  tls13KeyWithoutTls13,
  dotnetFrameworkBefore46,
  dotnetStrongCryptoOff,
  cipherPolicyWithoutRsaSuites,
  dheLeadingZeroUnfixed,
  fipsPolicyOn,
};

/** The findings of one report, in the order of windowsClientFindingIds. */
export function windowsClientFindings(report: WindowsClientReport): WindowsClientFindingId[] {
  return windowsClientFindingIds.filter((id) => rules[id](report));
}
