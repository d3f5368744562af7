import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import { parseArgs as parseArgv } from 'node:util';
import { isLocale, locales, type Locale } from '../ids/locales.ts';
import { probe, type ProbeReport } from './probe.ts';
import type { ProbeContent } from './probeContent.ts';
import { parseTarget } from './target.ts';
import { scenarioLink } from './scenarioLink.ts';
import { clientKinds, type ClientKind } from '../ids/clientKinds.ts';
import type { ClientPolicy } from './clientPolicy/clientPolicy.ts';
import { readClientPolicy } from './clientPolicy/readClientPolicy.ts';
import { clientLimits } from './predict/clientLimits.ts';
import { formatPrediction } from './predict/formatPrediction.ts';
import { predictClient, type ClientPrediction } from './predict/predictClient.ts';

/** Exit codes: 0 nothing found, 1 findings, 2 usage error, 3 could not reach a SQL Server. */
export const exitCodes = { clean: 0, findings: 1, usage: 2, unreachable: 3 } as const;

export const usage = `Usage: sqltls probe <host>[:port|,port|\\instance] [--client ${clientKinds.join('|')}] [--json] [--lang ${locales.join('|')}] [--strict] [--timeout ms] [--ca-file file] [--crl-file file] [--site url]

Connects like a SQL Server client (PRELOGIN, then TLS inside TDS; --strict for TDS 8.0), tries each
TLS version, checks for DHE suites and the certificate, and prints the knowledge-base scenarios that fit.
It never logs in.
  --client      also say whether that client, with this machine's policy, will connect, and if not why
                and which fix applies (openssl: the system OpenSSL of ODBC, curl, Python; dotnet: .NET on
                Linux and macOS; node: this Node.js, tedious; java: the JDK here, mssql-jdbc)
  --json        machine-readable report (for tickets and automation)
  --lang        language of the report and links (default en)
  --strict      TDS 8.0: TLS first, ALPN tds/8.0
  --timeout     per-step timeout in milliseconds (default 5000)
  --ca-file     PEM file with extra trusted CAs (default: Node.js's and the system's trust store)
  --crl-file    PEM revocation list to check the certificate against (the probe fetches none itself)
  --site        address of the knowledge base for links (default $SITE_URL, else the site this tool came from)
  --debug       print a stack trace when the tool itself fails
  -h, --help    this text

Exit codes: 0 nothing found, 1 findings, 2 usage error, 3 could not probe (the report says why).`;

export interface ProbeOptions {
  target: string;
  json: boolean;
  lang: Locale;
  strict: boolean;
  timeoutMs: number;
  caFile?: string;
  crlFile?: string;
  client?: ClientKind;
  site: string;
  debug: boolean;
  help: boolean;
}

const optionSpec = {
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  timeout: { type: 'string' },
  'ca-file': { type: 'string' },
  'crl-file': { type: 'string' },
  client: { type: 'string' },
  site: { type: 'string' },
} as const;

/** Parses argv after `probe` with node:util's parser; returns a message string for a usage error. */
export function parseArgs(argv: string[], defaultSite: string): ProbeOptions | string {
  let parsed;
  try {
    parsed = parseArgv({ args: argv, options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util names the problem ("Unknown option '--frobnicate'", "Option '--lang <value>' argument missing").
    const message = (error as Error).message.split('. ')[0] ?? '';
    return /unknown option/i.test(message) ? `unknown option ${/'([^']+)'/.exec(message)?.[1] ?? ''}`.trim() : message;
  }
  const { values, positionals } = parsed;
  const options: ProbeOptions = {
    target: positionals[0] ?? '',
    json: Boolean(values.json),
    lang: 'en',
    strict: Boolean(values.strict),
    timeoutMs: 5000,
    site: values.site ?? process.env.SITE_URL ?? defaultSite,
    debug: Boolean(values.debug),
    help: Boolean(values.help),
    ...(values['ca-file'] !== undefined ? { caFile: values['ca-file'] } : {}),
    ...(values['crl-file'] !== undefined ? { crlFile: values['crl-file'] } : {}),
  };
  if (options.help) return options;
  if (values.lang !== undefined) {
    if (!isLocale(values.lang)) return `--lang takes ${locales.join(' or ')}, not "${values.lang}"`;
    options.lang = values.lang;
  }
  if (values.client !== undefined) {
    const kind = clientKinds.find((k) => k === values.client);
    if (!kind) return `--client takes ${clientKinds.join(', ')}, not "${values.client}"`;
    options.client = kind;
  }
  if (values.timeout !== undefined) {
    const ms = Number(values.timeout);
    if (!Number.isInteger(ms) || ms < 100 || ms > 120_000) return '--timeout takes milliseconds between 100 and 120000';
    options.timeoutMs = ms;
  }
  if (positionals.length > 1) return `one target only (got "${positionals[0]}" and "${positionals[1]}")`;
  if (!options.target) return 'a target is required';
  return options;
}

/** The report as text, in `lang`, with links to the scenarios on `site`. */
export function formatReport(report: ProbeReport, lang: Locale, site: string, content: ProbeContent): string {
  const t = content.messages[lang];
  const yesNo = (value: boolean | undefined) => (value ? t.yes : t.no);
  const titles = content.titles[lang];
  const lines = [`${t.heading}: ${report.target}${report.port ? `:${report.port}` : ''}`];
  const findingLines = report.findings.flatMap((f) => [
    `  - ${titles[f.scenario] ?? f.scenario}`,
    `    ${t[`reason.${f.reason}`] ?? f.reason}${f.detail ? `: ${f.detail}` : ''}`,
    `    ${scenarioLink(site, lang, f.scenario)}`,
  ]);
  if (report.failure) {
    const why = t[`failure.${report.failure.kind}`];
    return [
      ...lines,
      `${t.failed}: ${why ?? report.failure.message}`,
      ...(why ? [`  ${t.detail}: ${report.failure.message}`] : []),
      ...(findingLines.length ? [`${t.findings}:`, ...findingLines] : []),
    ].join('\n');
  }
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

/**
 * The trust store the chain is checked against: Node.js's bundled roots and, where this Node can read
 * it (22.15+), the system's. Older Node has only its bundled roots; `--ca-file` adds a private CA.
 */
function defaultTrustStore(): string[] {
  const read = (tls as { getCACertificates?: (store: string) => string[] }).getCACertificates;
  return read ? [...read('default'), ...read('system')] : [...tls.rootCertificates];
}

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: CommandIo = { out: (text) => console.log(text), err: (text) => console.error(text) };

/** Runs `probe` with argv (after the subcommand) and the knowledge base's content; returns the exit code. */
export async function runProbe(
  argv: string[],
  content: ProbeContent,
  defaultSite: string,
  io: CommandIo = defaultIo,
  /** This machine's client policy (`--client`); the tests hand in their own. */
  readPolicy: () => ClientPolicy = readClientPolicy,
): Promise<number> {
  const options = parseArgs(argv, defaultSite);
  if (typeof options === 'string') {
    io.err(`${options}\n\n${usage}`);
    return exitCodes.usage;
  }
  if (options.help) {
    io.out(usage);
    return exitCodes.clean;
  }
  let target;
  try {
    target = parseTarget(options.target);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return exitCodes.usage;
  }
  let ca: (string | Buffer)[] = defaultTrustStore();
  if (options.caFile) {
    try {
      ca = [...ca, readFileSync(options.caFile)];
    } catch {
      io.err(`cannot read --ca-file ${options.caFile}`);
      return exitCodes.usage;
    }
  }
  let crl: Buffer[] = [];
  if (options.crlFile) {
    try {
      crl = [readFileSync(options.crlFile)];
    } catch {
      io.err(`cannot read --crl-file ${options.crlFile}`);
      return exitCodes.usage;
    }
  }
  const report = await probe(target, content, { timeoutMs: options.timeoutMs, strict: options.strict, ca, crl });
  let prediction: ClientPrediction | { client: ClientKind; missing: string } | undefined;
  if (options.client) {
    const limits = clientLimits(readPolicy(), options.client);
    prediction = 'missing' in limits ? { client: options.client, missing: limits.missing } : predictClient(report, limits, content, process.platform, options.lang);
  }
  if (options.json) io.out(JSON.stringify(prediction ? { ...report, clientPrediction: prediction } : report, null, 2));
  else {
    const text = [formatReport(report, options.lang, options.site, content)];
    if (prediction && 'missing' in prediction) text.push('', content.messages[options.lang][`predict.missing.${prediction.missing}`] ?? prediction.missing);
    else if (prediction) text.push('', formatPrediction(prediction, options.lang, options.site, content));
    io.out(text.join('\n'));
  }
  if (prediction && 'connects' in prediction && prediction.connects === false) return exitCodes.findings;
  if (report.failure) return exitCodes.unreachable;
  return report.findings.length ? exitCodes.findings : exitCodes.clean;
}
