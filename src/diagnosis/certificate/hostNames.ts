import type { CertificateFacts } from './certificateFacts.ts';

/** How a certificate names a host, if it does. */
export type NameMatch = 'dns' | 'wildcard' | 'ip' | 'cn' | 'none';

/**
 * The host part of what a client connects to: `tcp:sql01.contoso.com,1433`, `sql01\INST`, `[::1]`,
 * `sql01.contoso.com.` all name one host. Lower case, as certificate names compare.
 */
export function hostOf(target: string): string {
  let host = target.trim().replace(/^(?:tcp|np|lpc|admin):/i, '');
  host = host.split(/[\\,]/)[0] ?? host;
  const bracketed = /^\[([^\]]+)\]/.exec(host);
  if (bracketed) host = bracketed[1]!;
  else if ((host.match(/:/g) ?? []).length === 1) host = host.split(':')[0]!;
  return host.replace(/\.$/, '').toLowerCase();
}

const ipv4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** An IPv4 or IPv6 address in one canonical spelling (IPv6 expanded), or undefined for a name. */
export function canonicalIp(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  if (ipv4.test(value)) return value.split('.').map(Number).join('.');
  if (!value.includes(':') || !/^[0-9a-f:.]+$/.test(value)) return undefined;
  const [head = '', tail, extra] = value.split('::');
  if (extra !== undefined) return undefined;
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  if ((tail === undefined && missing !== 0) || missing < 0 || [...left, ...right].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map((g) => g.replace(/^0+(?=.)/, '')).join(':');
}

/**
 * Whether a DNS name from a certificate covers the host. A wildcard stands for exactly one whole label,
 * only the left-most one, and never for an IP address (RFC 6125 section 6.4.3, as browsers, OpenSSL,
 * Go, Java and Node.js apply it).
 */
export function dnsNameCovers(pattern: string, host: string): 'dns' | 'wildcard' | undefined {
  const name = pattern.toLowerCase().replace(/\.$/, '');
  if (name === host) return 'dns';
  if (!name.startsWith('*.') || canonicalIp(host)) return undefined;
  const suffix = name.slice(1);
  const label = host.slice(0, host.length - suffix.length);
  return host.endsWith(suffix) && label.length > 0 && !label.includes('.') && suffix.split('.').length > 2 ? 'wildcard' : undefined;
}

/**
 * How the certificate names the host. Clients read the subject alternative names; only when a
 * certificate has none do most of them fall back to the subject CN (Go 1.15 and later do not). An IP
 * address matches an IP entry of the SAN.
 */
export function matchHost(host: string, cert: Pick<CertificateFacts, 'dnsNames' | 'ipAddresses' | 'commonNames'>): NameMatch {
  const ip = canonicalIp(host);
  if (ip) return cert.ipAddresses.some((entry) => canonicalIp(entry) === ip) ? 'ip' : 'none';
  const bySan = cert.dnsNames.map((name) => dnsNameCovers(name, host)).filter(Boolean);
  if (bySan.includes('dns')) return 'dns';
  if (bySan.includes('wildcard')) return 'wildcard';
  const hasSan = cert.dnsNames.length > 0 || cert.ipAddresses.length > 0;
  return !hasSan && cert.commonNames.some((cn) => dnsNameCovers(cn, host)) ? 'cn' : 'none';
}
