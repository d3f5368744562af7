import parserModule from '@tediousjs/connection-string/parser';

// A CommonJS file with `exports.default`: depending on the bundler's interop the default import is the
// function or the exports object holding it.
const parseConnectionString = typeof parserModule === 'function' ? parserModule : (parserModule as unknown as { default: typeof parserModule }).default;
import type { PasteCheck } from '../ids/pasteChecks.ts';
import type { PastedSyntax } from '../schemas/connectionStrings.ts';
import type { BuilderData, BuilderDriver } from './builderData.ts';

/**
 * Reads a pasted connection string and says which keyword causes a page's symptom. Pure (no DOM): the
 * page turns the findings into sentences from its UI strings. Drivers, keywords and what each page
 * checks come from content (content/connection-strings/drivers.yaml); only syntax rules live here.
 */

export const maxCheckedLength = 8_000;

export type Finding =
  | { kind: 'empty' }
  | { kind: 'truncated'; length: number }
  | { kind: 'notRecognized' }
  | { kind: 'detected'; driver: string; syntax: string }
  | { kind: 'misspelled'; keyword: string; suggestion: string }
  | { kind: 'badEncryptValue'; value: string; allowed: string }
  | { kind: 'encryptDefault'; text: string }
  | { kind: 'encryptExplicit'; keyword: string; value: string }
  | { kind: 'validates'; trustKeyword: string }
  | { kind: 'trustOn'; keyword: string }
  | { kind: 'strictIgnoresTrust' }
  | { kind: 'hostIsAddress'; host: string; hostKeyword?: string }
  | { kind: 'hostNamed'; host: string }
  | { kind: 'hostInCertificate'; keyword: string; value: string };

interface Parsed {
  driver: BuilderDriver;
  /** Keyword (as written) → value. */
  pairs: Map<string, string>;
  host?: string;
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The driver a pasted string is read as: the ODBC driver its `Driver=` names, else the syntax's only
 * driver or the one content marks `pasteDefault` (the schema guarantees one for each pasted syntax).
 */
function driverFor(data: BuilderData, syntax: PastedSyntax, odbcName = ''): BuilderDriver {
  const readers = data.drivers.filter((d) => d.syntax === syntax);
  const named = readers.find((d) => d.odbcDriver && d.odbcDriver.toLowerCase() === odbcName.trim().toLowerCase());
  return named ?? readers.find((d) => d.pasteDefault) ?? readers[0]!;
}

function parseText(text: string, data: BuilderData): Parsed | undefined {
  if (/^jdbc:sqlserver:\/\//i.test(text)) {
    const [head, ...props] = text.slice('jdbc:sqlserver://'.length).split(';');
    const pairs = new Map<string, string>();
    for (const prop of props) {
      const eq = prop.indexOf('=');
      if (eq > 0)
        pairs.set(
          prop.slice(0, eq).trim(),
          prop
            .slice(eq + 1)
            .trim()
            .replace(/^\{(.*)\}$/, '$1'),
        );
    }
    return { driver: driverFor(data, 'jdbc'), pairs, host: head?.split(/[:\\]/)[0] || pairs.get('serverName') };
  }
  if (/^sqlserver:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      return { driver: driverFor(data, 'go'), pairs: new Map(url.searchParams), host: url.hostname };
    } catch {
      return undefined;
    }
  }
  if (!/^[^=;]+=/.test(text)) return undefined;
  let map: ReadonlyMap<string, string>;
  try {
    map = new Map(Object.entries(parseConnectionString(text)));
  } catch {
    return undefined;
  }
  if (map.size === 0) return undefined;
  // Keep the keywords as written (the parser lower-cases them) for messages and spelling checks.
  const written = new Map<string, string>();
  for (const segment of text.split(';')) {
    const key = segment.split('=')[0]?.trim();
    if (key && map.has(key.toLowerCase()) && !written.has(key)) written.set(key, map.get(key.toLowerCase())!);
  }
  // `Driver=ODBC Driver 18 for SQL Server` makes it an ODBC string; other Driver= values (Native Client,
  // the old "SQL Server" driver) use the ADO.NET keywords this check knows.
  const odbcName = map.get('driver') ?? '';
  const driver = /\bODBC Driver \d+/i.test(odbcName) ? driverFor(data, 'odbc', odbcName) : driverFor(data, 'adonet');
  const server = map.get('server') ?? map.get('data source') ?? map.get('address') ?? map.get('addr') ?? '';
  return {
    driver,
    pairs: written,
    host: server
      .replace(/^(tcp|np|lpc):/i, '')
      .split(/[,\\]/)[0]
      ?.trim(),
  };
}

/** Keywords compare case-insensitively and without spaces (ADO.NET accepts `Trust Server Certificate`). */
const norm = (keyword: string) => keyword.toLowerCase().replace(/\s+/g, '');
const get = (pairs: Map<string, string>, name: string) => [...pairs].find(([k]) => norm(k) === norm(name));
const truthy = (value: string | undefined) => /^(true|yes|1|t|mandatory)$/i.test(value ?? '');
const isAddress = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':') || /^(localhost|\.|\(local\))$/i.test(host) || !host.includes('.');

/** Checks a pasted string for what a page looks at (`checks`). Never throws; bad input yields a finding that says so. */
export function checkConnectionString(input: string, data: BuilderData, checks: readonly PasteCheck[]): Finding[] {
  const findings: Finding[] = [];
  let text = input.trim();
  if (!text) return [{ kind: 'empty' }];
  if (text.length > maxCheckedLength) {
    findings.push({ kind: 'truncated', length: text.length });
    text = text.slice(0, maxCheckedLength);
  }
  const parsed = parseText(text, data);
  if (!parsed) return [...findings, { kind: 'notRecognized' }];
  const { driver, pairs, host } = parsed;
  findings.push({ kind: 'detected', driver: driver.name, syntax: driver.syntax });

  const keywords = driver.keywords;
  for (const [key] of pairs) {
    if (keywords.some((k) => norm(k) === norm(key)) || isSecret(key)) continue;
    const close = keywords.map((k) => ({ k, d: distance(norm(key), norm(k)) })).sort((a, b) => a.d - b.d)[0];
    if (close && close.d > 0 && close.d <= Math.max(2, Math.floor(close.k.length / 6))) findings.push({ kind: 'misspelled', keyword: key, suggestion: close.k });
  }

  const encryptKey = keywords.find((k) => /^encrypt$/i.test(k)) ?? 'Encrypt';
  const trustKey = keywords.find((k) => /^trustservercertificate$/i.test(k)) ?? 'TrustServerCertificate';
  const hostKey = keywords.find((k) => /^hostnameincertificate$/i.test(k));
  const encrypt = get(pairs, encryptKey);
  const trust = get(pairs, trustKey);
  if (encrypt && driver.encryptValues.length && !driver.encryptValues.some((v) => v.toLowerCase() === encrypt[1].toLowerCase())) {
    findings.push({ kind: 'badEncryptValue', value: encrypt[1], allowed: driver.encryptValues.join(', ') });
  }
  const strict = /^strict$/i.test(encrypt?.[1] ?? '');

  if (checks.includes('encrypt')) {
    findings.push(encrypt ? { kind: 'encryptExplicit', keyword: encrypt[0], value: encrypt[1] } : { kind: 'encryptDefault', text: driver.encryptDefault ?? '' });
  }
  if (checks.includes('trust')) {
    if (strict && truthy(trust?.[1])) findings.push({ kind: 'strictIgnoresTrust' });
    else if (truthy(trust?.[1])) findings.push({ kind: 'trustOn', keyword: trust![0] });
    else findings.push({ kind: 'validates', trustKeyword: trustKey });
  }
  if (checks.includes('hostName') && host) {
    const pinned = hostKey ? get(pairs, hostKey) : undefined;
    if (pinned) findings.push({ kind: 'hostInCertificate', keyword: pinned[0], value: pinned[1] });
    else if (isAddress(host)) findings.push({ kind: 'hostIsAddress', host, hostKeyword: hostKey });
    else findings.push({ kind: 'hostNamed', host });
  }
  return findings;
}

/** Words that make a keyword secret in any driver's syntax: Password, clientKeyPassword, keyStoreSecret, AccessToken, … */
const secretWords = /password|passwd|pwd|secret|passphrase|token/;

/**
 * Whether a keyword's value must not be shown: it names a secret, or it is a misspelt `password`
 * (`Passwrod=`: the driver ignores it, the panel people screenshot into tickets must not show it).
 */
function isSecret(keyword: string): boolean {
  const key = norm(keyword).replace(/[_-]/g, '');
  return secretWords.test(key) || distance(key, 'password') <= 2;
}

/** A value with its secret parts masked: all of a secret keyword's, the password after the path in `ClientKey=file:k.pem,<password>`. */
function masked(keyword: string, value: string): string {
  if (isSecret(keyword)) return '••••';
  const comma = value.indexOf(',');
  return norm(keyword) === 'clientkey' && comma >= 0 ? `${value.slice(0, comma)},••••` : value;
}

/** The keyword/value pairs to echo back, with secrets masked. */
export function maskedPairs(input: string, data: BuilderData): [string, string][] {
  const parsed = parseText(input.trim().slice(0, maxCheckedLength), data);
  return parsed ? [...parsed.pairs].map(([k, v]) => [k, masked(k, v)]) : [];
}
