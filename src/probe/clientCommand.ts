// `sqltls client`: the local client's TLS policy (system OpenSSL, this Node.js, a JDK) and what it
// refuses that an older SQL Server needs, each finding linked to its scenario. Reads only.
import { parseArgs as parseArgv } from 'node:util';
import { fill } from '../client/fill.ts';
import { clientFindings } from './clientPolicy/clientFindings.ts';
import type { ClientPolicy } from './clientPolicy/clientPolicy.ts';
import { readClientPolicy } from './clientPolicy/readClientPolicy.ts';
import { isLocale, locales, type Locale } from '../ids/locales.ts';
import { exitCodes, type CommandIo } from './cli.ts';
import type { ProbeContent } from './probeContent.ts';
import { scenarioLink } from './scenarioLink.ts';
import { readFileSync } from 'node:fs';
import { describeWindows, judgeWindowsReport } from '../diagnosis/windowsClient/judgeWindowsReport.ts';
import type { WindowsClientReport } from '../diagnosis/windowsClient/reportShape.ts';

export const clientUsage = `Usage: sqltls client [--windows report.json] [--json] [--lang ${locales.join('|')}] [--site url]

Reports this machine's client TLS policy: the system OpenSSL (version, OPENSSL_CONF or openssl.cnf, the
.include chain, MinProtocol, CipherString and SECLEVEL, the RHEL crypto policy), this Node.js's TLS
defaults, and a JDK's jdk.tls and jdk.certpath disabledAlgorithms; then what that policy refuses that an
older SQL Server needs. Reads only; connects nowhere.
  --windows     read a Windows client's policy instead: the output of sqltls-client.ps1 (from this
                site's /downloads/, run on the Windows client), saved to a file
  --json        machine-readable report (for tickets)
  --lang        language of the report and links (default en)
  --site        address of the knowledge base for links (default $SITE_URL, else the site this tool came from)
  -h, --help    this text

Exit codes: 0 nothing refused, 1 findings, 2 usage error.`;

export function runClient(argv: string[], content: ProbeContent, defaultSite: string, io: CommandIo, read: () => ClientPolicy = readClientPolicy): number {
  let values;
  try {
    ({ values } = parseArgv({
      args: argv,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
        site: { type: 'string' },
        windows: { type: 'string' },
        debug: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`${(error as Error).message.split('. ')[0]}\n\n${clientUsage}`);
    return exitCodes.usage;
  }
  if (values.help) {
    io.out(clientUsage);
    return exitCodes.clean;
  }
  if (values.lang !== undefined && !isLocale(values.lang)) {
    io.err(`--lang takes ${locales.join(' or ')}, not "${values.lang}"\n\n${clientUsage}`);
    return exitCodes.usage;
  }
  const lang: Locale = values.lang !== undefined && isLocale(values.lang) ? values.lang : 'en';
  const site = values.site ?? process.env.SITE_URL ?? defaultSite;
  if (values.windows !== undefined) return runWindows(values.windows, Boolean(values.json), lang, site, content, io);
  const policy = read();
  const found = clientFindings(policy).map((finding) => ({ finding, ...(content.clientFindings[finding] ?? { scenario: '', fact: '' }) }));
  io.out(values.json ? JSON.stringify({ ...policy, findings: found }, null, 2) : formatClientReport(policy, found, lang, site, content));
  return found.length ? exitCodes.findings : exitCodes.clean;
}

export function formatClientReport(policy: ClientPolicy, found: { finding: string; scenario: string }[], lang: Locale, site: string, content: ProbeContent): string {
  const t = content.messages[lang];
  const unset = t['client.notSet'];
  const row = (label: string | undefined, value: string | number | undefined) => `  ${label}: ${value ?? unset}`;
  const lines = [t['client.heading']!, '', t['client.openssl']!];
  const openssl = policy.openssl;
  if (!openssl) lines.push(`  ${t['client.opensslMissing']}`);
  else {
    lines.push(row(t['client.version'], openssl.version), row(t['client.configFile'], openssl.configFile ? `${openssl.configFile} (${openssl.configFrom})` : undefined));
    if (openssl.files.length > 1) lines.push(row(t['client.filesRead'], openssl.files.join(', ')));
    lines.push(row(t['client.chain'], openssl.chain.length === 3 ? openssl.chain.join(' → ') : t['client.chainMissing']));
    lines.push(
      row('MinProtocol', openssl.minProtocol),
      row('MaxProtocol', openssl.maxProtocol),
      row('CipherString', openssl.cipherString),
      row('SECLEVEL', openssl.securityLevel ?? (openssl.defaultSecurityLevel !== undefined ? `${openssl.defaultSecurityLevel} (default)` : undefined)),
    );
    if (openssl.cryptoPolicy) lines.push(row(t['client.cryptoPolicy'], openssl.cryptoPolicy));
    for (const problem of openssl.problems) lines.push(`  ! ${problem}`);
  }
  lines.push(
    '',
    t['client.node']!,
    row('Node.js', `${policy.node.version} (OpenSSL ${policy.node.openssl})`),
    row('tls.DEFAULT_MIN_VERSION', policy.node.minVersion),
    row('tls.DEFAULT_MAX_VERSION', policy.node.maxVersion),
  );
  lines.push('', t['client.java']!);
  if (!policy.java) lines.push(`  ${t['client.javaMissing']}`);
  else {
    lines.push(row('JAVA_HOME', policy.java.home), row(t['client.version'], policy.java.version), row('java.security', policy.java.securityFile));
    lines.push(
      row(t['client.tlsDisabled'], policy.java.tlsDisabled.join(', ') || undefined),
      row(t['client.certpathDisabled'], policy.java.certpathDisabled.join(', ') || undefined),
    );
  }
  lines.push('', `${t['client.findings']}:`);
  if (!found.length) lines.push(`  ${t['client.none']}`);
  for (const f of found) {
    lines.push(`  - ${content.titles[lang][f.scenario] ?? f.scenario}`, `    ${t[`client.${f.finding}`] ?? f.finding}`, `    ${scenarioLink(site, lang, f.scenario)}`);
  }
  return lines.join('\n');
}

/** `sqltls client --windows <file>`: a Windows client's policy, from the report sqltls-client.ps1 printed. */
function runWindows(file: string, json: boolean, lang: Locale, site: string, content: ProbeContent, io: CommandIo): number {
  const t = content.messages[lang];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    io.err(`cannot read --windows ${file}\n\n${clientUsage}`);
    return exitCodes.usage;
  }
  const read = judgeWindowsReport(bytes);
  if (!read.ok) {
    io.err(`${t['windows.unreadable']}: ${fill(t[`windows.problem.${read.problem}`] ?? read.problem, { detail: read.detail })}`);
    return exitCodes.usage;
  }
  const found = read.findings.map((finding) => ({
    finding,
    ...(content.windowsClientFindings[finding] ?? { scenario: '', fact: '', source: '', message: { en: '', zh: '' } }),
  }));
  if (json) io.out(JSON.stringify({ windows: read.report, findings: found.map(({ finding, scenario, fact, source }) => ({ finding, scenario, fact, source })) }, null, 2));
  else io.out(formatWindowsReport(read.report, found, lang, site, content));
  return found.length ? exitCodes.findings : exitCodes.clean;
}

export function formatWindowsReport(
  report: WindowsClientReport,
  found: { finding: string; scenario: string; source: string; message: Record<Locale, string> }[],
  lang: Locale,
  site: string,
  content: ProbeContent,
): string {
  const t = content.messages[lang];
  const os = describeWindows(report);
  const lines = [t['windows.heading']!, `  ${t['windows.os']}: ${os || '-'}`, '', `${t['windows.findings']}:`];
  if (!found.length) lines.push(`  ${t['windows.none']}`);
  for (const f of found) {
    lines.push(`  - ${content.titles[lang][f.scenario] ?? f.scenario}`, `    ${f.message[lang]}`, `    ${scenarioLink(site, lang, f.scenario)}`, `    (${f.source})`);
  }
  return lines.join('\n');
}
