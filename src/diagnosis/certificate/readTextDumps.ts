import { keyUsageNames, serverAuthOid, signatureHashOfName, type CertificateFacts, type KeyAlgorithm, type KeyUsageName } from './certificateFacts.ts';

/**
 * Reads the text tools print about a certificate when the user has no file to paste:
 * - `openssl x509 -text -noout` (OpenSSL 1.1 and 3.x layout);
 * - `certutil -dump file.cer` and `certutil -v -store my <thumbprint>`, the only place that shows
 *   KeySpec and the key's provider (layout as Microsoft's certificate requirements page shows it);
 * - PowerShell `Get-ChildItem Cert:\LocalMachine\My | Format-List *` (X509Certificate2 properties).
 * Each certificate in the text becomes one CertificateFacts with what that tool prints; dates in a
 * layout this reader cannot read with certainty are left out rather than guessed.
 */
export function readTextDumps(text: string): CertificateFacts[] {
  if (/^[ \t]*Certificate:[ \t]*$/m.test(text) && /^[ \t]+Data:[ \t]*$/m.test(text)) return split(text, /^[ \t]*Certificate:[ \t]*$/m).map(readOpenSslText);
  if (/^(?:=+ Certificate \d+ =+|X509 Certificate:)[ \t]*$/m.test(text) || /Cert Hash\(sha1\):/.test(text)) {
    const parts = split(text, /^=+ Certificate \d+ =+[ \t]*$/m);
    return parts.map(readCertutil).filter((c) => c.subject || c.thumbprint);
  }
  if (/^[ \t]*Thumbprint[ \t]*:[ \t]*[0-9A-F]{40}[ \t]*$/im.test(text))
    return split(text, /^(?=[ \t]*PSPath[ \t]*:)/m)
      .map(readPowerShell)
      .filter((c) => c.thumbprint);
  return [];
}

function split(text: string, separator: RegExp): string[] {
  const parts = text.split(separator).filter((p) => p.trim());
  return parts.length ? parts : [text];
}

const empty = (origin: string): CertificateFacts => ({ origin, subject: '', commonNames: [], issuer: '', dnsNames: [], ipAddresses: [] });
const hexOnly = (value: string) => value.replace(/[^0-9a-f]/gi, '').toUpperCase();
const commonNames = (name: string) => [...name.matchAll(/(?:^|,\s*)CN\s*=\s*([^,]+)/gi)].map((m) => m[1]!.trim());

/** `Dec  6 18:59:17 2026 GMT`, ISO dates, and US `1/31/2026 1:46 AM`; anything else (another locale's order) is not read. */
export function parseToolDate(value: string): Date | undefined {
  const text = value.trim();
  const openssl = /^([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}:\d{2}:\d{2})\s+(\d{4})\s+GMT$/.exec(text);
  if (openssl) return new Date(`${openssl[1]} ${openssl[2]} ${openssl[4]} ${openssl[3]} GMT`);
  const isoWithClock = /^(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)$/i.exec(text);
  if (isoWithClock) return utc(isoWithClock[1]!, isoWithClock[2]!, isoWithClock[3]!, isoWithClock[4]!, isoWithClock[5]!, isoWithClock[6], isoWithClock[7]!);
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)$/i.exec(text);
  return us ? utc(us[3]!, us[1]!, us[2]!, us[4]!, us[5]!, us[6], us[7]!) : undefined;
}

/** A 12-hour Windows time as UTC: Windows prints local time, and a few hours either way do not change a verdict measured in days. */
function utc(year: string, month: string, day: string, hour: string, minute: string, second: string | undefined, half: string): Date {
  const h = (Number(hour) % 12) + (half.toUpperCase() === 'PM' ? 12 : 0);
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), h, Number(minute), Number(second ?? 0)));
}

const keyUsageByLabel: Record<string, KeyUsageName> = Object.fromEntries(keyUsageNames.map((name) => [name.replace(/([A-Z])/g, ' $1').toLowerCase(), name]));
// OpenSSL's and Windows' labels where they differ from the RFC names.
Object.assign(keyUsageByLabel, {
  'crl sign': 'cRLSign',
  'crl signing': 'cRLSign',
  'off line crl signing': 'cRLSign',
  'certificate sign': 'keyCertSign',
  'certificate signing': 'keyCertSign',
  'non repudiation': 'nonRepudiation',
});

const keyUsagesIn = (line: string) =>
  line
    .replace(/\([0-9a-f]+\)\s*$/i, '')
    .split(',')
    .map((label) => keyUsageByLabel[label.trim().toLowerCase().replace(/-/g, ' ')])
    .filter((name): name is KeyUsageName => Boolean(name));

/** EKU lines: OIDs in brackets (Windows), or OpenSSL's names for the common purposes. */
const ekuNames: Record<string, string> = {
  'tls web server authentication': serverAuthOid,
  'tls web client authentication': '1.3.6.1.5.5.7.3.2',
  'code signing': '1.3.6.1.5.5.7.3.3',
  'e-mail protection': '1.3.6.1.5.5.7.3.4',
  'any extended key usage': '2.5.29.37.0',
};
const ekusIn = (line: string) =>
  line.split(',').flatMap((part) => {
    const oid = /\(([\d.]+)\)/.exec(part)?.[1] ?? (/^\s*([\d.]+)\s*$/.exec(part)?.[1] || ekuNames[part.trim().toLowerCase()]);
    return oid ? [oid] : [];
  });

const keyAlgorithmOfName = (name: string): KeyAlgorithm =>
  /rsassa-?pss/i.test(name)
    ? 'rsa-pss'
    : /rsa/i.test(name)
      ? 'rsa'
      : /ec(dsa|PublicKey)|ECC/i.test(name)
        ? 'ec'
        : /dsa/i.test(name)
          ? 'dsa'
          : /ed25519/i.test(name)
            ? 'ed25519'
            : 'other';

/** The lines under a heading, up to the next line indented no deeper than the heading. */
function section(text: string, heading: RegExp): string {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => heading.test(l));
  if (at < 0) return '';
  const indent = /^[ \t]*/.exec(lines[at]!)![0].length;
  const body: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() && /^[ \t]*/.exec(line)![0].length <= indent) break;
    body.push(line.trim());
  }
  return body.join('\n');
}

function readOpenSslText(text: string): CertificateFacts {
  const facts = empty('openssl x509 -text');
  const field = (name: string) => new RegExp(`^[ \\t]*${name}[ \\t]*:[ \\t]*(.*)$`, 'm').exec(text)?.[1]?.trim();
  // OpenSSL 1.1 and 3.x print `CN = sql01, O = Contoso`.
  const name = (value = '') => value.replaceAll(' = ', '=');
  facts.subject = name(field('Subject'));
  facts.issuer = name(field('Issuer'));
  facts.commonNames = commonNames(facts.subject);
  const serialInline = field('Serial Number');
  const serial = serialInline ? serialInline : section(text, /^[ \t]*Serial Number:[ \t]*$/);
  const decimal = /^(-?)(\d+)\s*\(-?0x([0-9a-f]+)\)/i.exec(serial);
  if (decimal) facts.serialHex = `${decimal[1] ? '-' : ''}${decimal[3]!.toUpperCase().padStart(decimal[3]!.length + (decimal[3]!.length % 2), '0')}`;
  else if (serial) facts.serialHex = (/^[ \t]*\(?Negative\)?/i.test(serial) ? '-' : '') + hexOnly(serial.replace(/\(?Negative\)?/i, ''));
  const notBefore = field('Not Before');
  const notAfter = field('Not After');
  if (notBefore) facts.notBefore = parseToolDate(notBefore);
  if (notAfter) facts.notAfter = parseToolDate(notAfter);
  const signature = field('Signature Algorithm');
  if (signature) {
    facts.signatureAlgorithm = signature;
    facts.signatureHash = signatureHashOfName(signature);
  }
  const keyAlgorithm = field('Public Key Algorithm');
  const bits = /Public-Key:\s*\((\d+) bit\)/.exec(text)?.[1];
  if (keyAlgorithm) facts.key = { algorithm: keyAlgorithmOfName(keyAlgorithm), ...(bits ? { bits: Number(bits) } : {}) };
  const san = section(text, /X509v3 Subject Alternative Name:/);
  for (const part of san.split(/,\s*/)) {
    const dns = /^DNS:(.+)$/.exec(part.trim());
    const ip = /^IP Address:(.+)$/.exec(part.trim());
    if (dns) facts.dnsNames.push(dns[1]!.trim());
    if (ip) facts.ipAddresses.push(ip[1]!.trim());
  }
  if (/X509v3 Extended Key Usage:/.test(text)) facts.extendedKeyUsage = ekusIn(section(text, /X509v3 Extended Key Usage:/));
  if (/X509v3 Key Usage:/.test(text)) facts.keyUsage = keyUsagesIn(section(text, /X509v3 Key Usage:/));
  const constraints = section(text, /X509v3 Basic Constraints:/);
  if (constraints) facts.isCa = /CA:TRUE/.test(constraints);
  return withoutUndefined(facts);
}

function readCertutil(text: string): CertificateFacts {
  const facts = empty('certutil');
  const field = (name: string) => new RegExp(`^[ \\t]*${name}[ \\t]*[:=][ \\t]*(.+)$`, 'm').exec(text)?.[1]?.trim();
  // certutil -dump puts names on the line under "Subject:"; -store puts them on the same line.
  const nameField = (label: string) =>
    field(label) ||
    section(text, new RegExp(`^[ \\t]*${label}:[ \\t]*$`))
      .split('\n')
      .filter((line) => /^[A-Za-z.0-9]+=/.test(line))
      .join(', ');
  facts.subject = nameField('Subject');
  facts.issuer = nameField('Issuer');
  facts.commonNames = commonNames(facts.subject);
  const serial = field('Serial Number');
  if (serial) facts.serialHex = hexOnly(serial);
  const notBefore = field('NotBefore');
  const notAfter = field('NotAfter');
  if (notBefore) facts.notBefore = parseToolDate(notBefore);
  if (notAfter) facts.notAfter = parseToolDate(notAfter);
  const signature = /Signature Algorithm:[ \t]*\r?\n[ \t]*Algorithm ObjectId:[ \t]*([\d.]+)[ \t]*(\S*)/.exec(text);
  if (signature) {
    facts.signatureAlgorithm = signature[1]!;
    facts.signatureHash = signatureHashOfName(signature[2] ?? '');
  }
  const keyAlgorithm = /Public Key Algorithm:[ \t]*\r?\n[ \t]*Algorithm ObjectId:[ \t]*[\d.]+[ \t]*(.*)/.exec(text)?.[1];
  const bits = field('Public Key Length')?.match(/(\d+)/)?.[1];
  if (keyAlgorithm) facts.key = { algorithm: keyAlgorithmOfName(keyAlgorithm), ...(bits ? { bits: Number(bits) } : {}) };
  for (const m of text.matchAll(/^[ \t]*DNS Name[ \t]*=[ \t]*(\S+)[ \t]*$/gm)) facts.dnsNames.push(m[1]!);
  for (const m of text.matchAll(/^[ \t]*IP Address[ \t]*=[ \t]*(\S+)[ \t]*$/gm)) facts.ipAddresses.push(m[1]!);
  if (/Enhanced Key Usage/.test(text))
    facts.extendedKeyUsage = ekusIn(
      section(text, /^[ \t]*Enhanced Key Usage:?[ \t]*$/)
        .split('\n')
        .join(','),
    );
  const ku = field('Key Usage') ?? section(text, /^[ \t]*Key Usage[ \t]*$/).split('\n')[0];
  if (ku) facts.keyUsage = keyUsagesIn(ku);
  const keySpec = field('KeySpec')?.match(/^(\d+)/)?.[1];
  if (keySpec !== undefined) facts.keySpec = Number(keySpec);
  const provider = field('Provider');
  if (provider) facts.provider = provider;
  if (/Missing stored keyset|No key provider information|Cannot find the certificate and private key/i.test(text)) facts.hasPrivateKey = false;
  else if (keySpec !== undefined || provider) facts.hasPrivateKey = true;
  const hash = field('Cert Hash\\(sha1\\)');
  if (hash) facts.thumbprint = hexOnly(hash);
  return withoutUndefined(facts);
}

function readPowerShell(text: string): CertificateFacts {
  const facts = empty('PowerShell');
  const field = (name: string) => new RegExp(`^[ \\t]*${name}[ \\t]*:[ \\t]*(.*)$`, 'm').exec(text)?.[1]?.trim();
  const list = (name: string) =>
    (field(name) ?? '')
      .replace(/^\{|\}$/g, '')
      .split(/,\s*/)
      .map((s) => s.trim())
      .filter(Boolean);
  facts.subject = field('Subject') ?? '';
  facts.issuer = field('Issuer') ?? '';
  facts.commonNames = commonNames(facts.subject);
  facts.thumbprint = hexOnly(field('Thumbprint') ?? '');
  const serial = field('SerialNumber');
  if (serial) facts.serialHex = hexOnly(serial);
  const notBefore = field('NotBefore');
  const notAfter = field('NotAfter');
  if (notBefore) facts.notBefore = parseToolDate(notBefore);
  if (notAfter) facts.notAfter = parseToolDate(notAfter);
  facts.dnsNames = list('DnsNameList');
  if (field('EnhancedKeyUsageList') !== undefined) facts.extendedKeyUsage = ekusIn(list('EnhancedKeyUsageList').join(','));
  const hasKey = field('HasPrivateKey');
  if (hasKey) facts.hasPrivateKey = /true/i.test(hasKey);
  // .NET Framework shows a CSP key as RSACryptoServiceProvider and a CNG (key storage provider) key as RSACng.
  const key = field('PrivateKey');
  if (key && /Cng\b/.test(key)) facts.keySpec = 0;
  return withoutUndefined(facts);
}

function withoutUndefined(facts: CertificateFacts): CertificateFacts {
  for (const key of Object.keys(facts) as (keyof CertificateFacts)[]) if (facts[key] === undefined) delete facts[key];
  return facts;
}
