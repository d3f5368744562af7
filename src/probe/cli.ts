import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getCACertificates } from 'node:tls';
import { isLocale, locales, type Locale } from '../ids/locales.ts';
import { probe, type ProbeReport } from './probe.ts';
import { readProbeContent, type ProbeContent } from './probeContent.ts';
import { parseTarget } from './target.ts';

/** Exit codes: 0 nothing found, 1 findings, 2 usage error, 3 could not reach a SQL Server. */
export const exitCodes = { clean: 0, findings: 1, usage: 2, unreachable: 3 } as const;

export const usage = `Usage: sqltls probe <host>[:port|,port|\\instance] [--json] [--lang ${locales.join('|')}] [--strict] [--timeout ms] [--ca-file file] [--site url]

Connects like a SQL Server client (PRELOGIN, then TLS inside TDS; --strict for TDS 8.0), tries each
TLS version, checks for DHE suites and the certificate, and prints the knowledge-base scenarios that fit.
  --json        machine-readable report (for tickets and automation)
  --lang        language of the report and links (default en)
  --strict      TDS 8.0: TLS first, ALPN tds/8.0
  --timeout     per-step timeout in milliseconds (default 5000)
  --ca-file     PEM file with extra trusted CAs (default: Node.js's and the system's trust store)
  --site        address of the knowledge base for links (default $SITE_URL, else the local npm start site)`;

interface Options {
  target: string;
  json: boolean;
  lang: Locale;
  strict: boolean;
  timeoutMs: number;
  caFile?: string;
  site: string;
}

/** Parses argv after `probe`; returns a message string for a usage error. */
export function parseArgs(argv: string[]): Options | string {
  const options: Partial<Options> = { json: false, lang: 'en', strict: false, timeoutMs: 5000, site: process.env.SITE_URL ?? 'http://127.0.0.1:4321' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--lang') {
      const lang = value();
      if (!isLocale(lang)) return `--lang takes ${locales.join(' or ')}, not "${lang}"`;
      options.lang = lang;
    } else if (arg === '--timeout') {
      const ms = Number(value());
      if (!Number.isInteger(ms) || ms < 100 || ms > 120_000) return '--timeout takes milliseconds between 100 and 120000';
      options.timeoutMs = ms;
    } else if (arg === '--ca-file') options.caFile = value();
    else if (arg === '--site') options.site = value();
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (options.target) return `one target only (got "${options.target}" and "${arg}")`;
    else options.target = arg;
  }
  if (!options.target) return 'a target is required';
  return options as Options;
}

// The scenario titles, words and tables come from the content, wherever the command is run from.
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export function formatReport(report: ProbeReport, lang: Locale, site: string, content: ProbeContent = readProbeContent(repositoryRoot)): string {
  const t = content.messages[lang];
  const yesNo = (value: boolean | undefined) => (value ? t.yes : t.no);
  const titles = content.titles[lang];
  const lines = [`${t.heading}: ${report.target}${report.port ? `:${report.port}` : ''}`];
  const findingLines = report.findings.flatMap((f) => [
    `  - ${titles.get(f.scenario) ?? f.scenario}`,
    `    ${t[`reason.${f.reason}`] ?? f.reason}${f.detail ? `: ${f.detail}` : ''}`,
    `    ${site.replace(/\/$/, '')}/${lang}/scenarios/${f.scenario}/`,
  ]);
  if (report.failure) return [...lines, `${t.failed}: ${report.failure.message}`, ...(findingLines.length ? [`${t.findings}:`, ...findingLines] : [])].join('\n');
  lines.push(`  ${t.version}: ${report.serverVersion ?? '-'}`);
  if (report.tls12Build) {
    const firsts = report.tls12Build.verdict === 'supports-tls12' ? '' : ` (${report.tls12Build.firstBuilds.join(', ')})`;
    lines.push(`  ${t.tls12Build}: ${t[`tls12.${report.tls12Build.verdict}`]}${report.tls12Build.firstBuilds.length ? firsts : ''}`);
  }
  lines.push(`  ${t.encryption}: ${report.encryption}`);
  lines.push(
    `  ${t.protocols}: ${Object.entries(report.protocols)
      .map(([v, ok]) => `${v} ${ok ? '✓' : '✗'}`)
      .join('  ')}`,
  );
  lines.push(`  ${t.cipher}: ${report.cipher ?? '-'}`, `  ${t.dhe}: ${yesNo(report.dheOffered)}`);
  const c = report.certificate;
  if (c) {
    lines.push(`  ${t.certificate}:`, `    ${t.subject}: ${c.subject}`, `    ${t.san}: ${c.subjectAltName ?? '-'}`, `    ${t.issuer}: ${c.issuer}`);
    lines.push(`    ${t.validity}: ${c.validFrom} – ${c.validTo}`, `    ${t.signature}: ${c.signatureAlgorithm}`, `    ${t.key}: ${c.keyBits ?? '-'}`);
    lines.push(
      `    ${t.eku}: ${c.extendedKeyUsage.join(', ') || '-'}`,
      `    ${t.nameMatch}: ${yesNo(c.nameMatches)}`,
      `    ${t.chain}: ${yesNo(c.chainValid)}${c.chainError ? ` (${c.chainError})` : ''}`,
    );
  }
  lines.push(`${t.findings}:`);
  if (!report.findings.length) lines.push(`  ${t.none}`);
  return [...lines, ...findingLines].join('\n');
}

/** Runs `probe` with argv (after the subcommand); returns the exit code. */
export async function runProbe(argv: string[], out: (text: string) => void = console.log, err: (text: string) => void = console.error): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    err(`${options}\n\n${usage}`);
    return exitCodes.usage;
  }
  let target;
  try {
    target = parseTarget(options.target);
  } catch (error) {
    err(`${(error as Error).message}\n\n${usage}`);
    return exitCodes.usage;
  }
  let ca: (string | Buffer)[] = [...getCACertificates('default'), ...getCACertificates('system')];
  if (options.caFile) {
    try {
      ca = [...ca, readFileSync(options.caFile)];
    } catch {
      err(`cannot read --ca-file ${options.caFile}`);
      return exitCodes.usage;
    }
  }
  const content = readProbeContent(repositoryRoot);
  const report = await probe(target, content, { timeoutMs: options.timeoutMs, strict: options.strict, ca });
  out(options.json ? JSON.stringify(report, null, 2) : formatReport(report, options.lang, options.site, content));
  if (report.failure) return exitCodes.unreachable;
  return report.findings.length ? exitCodes.findings : exitCodes.clean;
}
