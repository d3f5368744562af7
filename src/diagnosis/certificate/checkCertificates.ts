import type { CertificateFindingId } from '../../ids/certificateFindings.ts';
import { anyExtendedKeyUsageOid, serverAuthOid, type CertificateFacts } from './certificateFacts.ts';
import { canonicalIp, hostOf, matchHost } from './hostNames.ts';

/** One problem the rules saw: which finding, on which certificate (an index into the list checked), with what detail. */
export interface CertificateObservation {
  finding: CertificateFindingId;
  certificate: number;
  detail?: string;
}

const day = 24 * 60 * 60 * 1000;
/** Certificates that expire within this many days are worth renewing now. */
export const expiresSoonDays = 30;
/** RFC 5280 section 4.1.2.2: a serial is at most 20 octets and positive. */
const maxSerialOctets = 20;
/** Below this RSA size OpenSSL 3 at its default level 2 (and RHEL's DEFAULT policy) refuses the key. */
const minRsaBits = 2048;

/**
 * Whether two distinguished names are the same name: Windows prints the parts most specific first,
 * OpenSSL in the certificate's order and with spaces around `=`, so parts are compared as a set.
 */
export function sameName(a: string, b: string): boolean {
  const canonical = (name: string) => {
    // Split at the commas that start an attribute (`, O=`); a comma inside a value stays in it.
    const parts: string[] = [];
    for (const piece of name.split(',')) {
      if (/^[ \t]*[A-Za-z0-9.]+[ \t]*=/.test(piece) || !parts.length) parts.push(piece);
      else parts[parts.length - 1] += `,${piece}`;
    }
    return parts
      .map((part) => {
        const [key = '', ...value] = part.split('=');
        return `${key.trim()}=${value.join('=').trim()}`.toLowerCase();
      })
      .sort()
      .join(',');
  };
  return canonical(a) === canonical(b);
}

const selfIssued = (c: CertificateFacts) => sameName(c.subject, c.issuer);

/**
 * The chain as the paste gives it, leaf first: the leaf is the certificate no other one in the paste
 * was issued by (preferring one that is not a CA), and each next one is its issuer when present.
 */
export function orderChain(certs: CertificateFacts[]): number[] {
  if (!certs.length) return [];
  const issuesAnother = (i: number) => certs.some((other, j) => j !== i && sameName(other.issuer, certs[i]!.subject) && !selfIssued(other));
  const candidates = certs.map((_, i) => i).filter((i) => !issuesAnother(i));
  const leaf = candidates.find((i) => certs[i]!.isCa !== true) ?? candidates[0] ?? 0;
  const chain = [leaf];
  for (let at = leaf; !selfIssued(certs[at]!);) {
    const next = certs.findIndex((c, j) => !chain.includes(j) && sameName(c.subject, certs[at]!.issuer));
    if (next < 0) break;
    chain.push(next);
    at = next;
  }
  return chain;
}

/**
 * Checks pasted certificates against SQL Server's requirements and the clients' rules. Pure: the same
 * rules run in the browser (the certificate page, search), in Node (tests) and in the probe.
 */
export function checkCertificates(certs: CertificateFacts[], options: { hosts?: string[]; now: Date }): CertificateObservation[] {
  const seen: CertificateObservation[] = [];
  const see = (finding: CertificateFindingId, certificate: number, detail?: string) => seen.push({ finding, certificate, ...(detail ? { detail } : {}) });
  const chain = orderChain(certs);
  const leafIndex = chain[0];
  if (leafIndex === undefined) return seen;
  const leaf = certs[leafIndex]!;
  const now = options.now.getTime();

  certs.forEach((cert, i) => {
    if (cert.notAfter && cert.notAfter.getTime() < now) see('expired', i, cert.notAfter.toISOString());
    else if (cert.notBefore && cert.notBefore.getTime() > now) see('notYetValid', i, cert.notBefore.toISOString());
    else if (cert.notAfter && cert.notAfter.getTime() - now <= expiresSoonDays * day) see('expiresSoon', i, cert.notAfter.toISOString());
    // A trust anchor's own signature is never checked; every other signature is.
    // A self-signed certificate's own signature is never checked (OpenSSL skips it, and Microsoft says
    // self-signed certificates are not affected by the TLS 1.2 hash problem); every other signature is.
    const anchor = selfIssued(cert);
    if (!anchor && (cert.signatureHash === 'md5' || cert.signatureHash === 'md2')) see('weakHash', i, cert.signatureHash.toUpperCase());
    else if (!anchor && cert.signatureHash === 'sha1') see('sha1Hash', i);
    else if (!anchor && (cert.signatureHash === 'sha224' || cert.signatureHash === 'sha512')) see('unsupportedHash', i, cert.signatureHash.toUpperCase().replace('SHA', 'SHA-'));
    if ((cert.key?.algorithm === 'rsa' || cert.key?.algorithm === 'rsa-pss') && cert.key.bits !== undefined && cert.key.bits < minRsaBits) see('smallKey', i, `${cert.key.bits}`);
    if (cert.serialHex) {
      // DER serials are two's complement: a first byte of 0x80 or more is a negative number.
      if (/^(?:-|[89A-F])/i.test(cert.serialHex)) see('negativeSerial', i, cert.serialHex);
      else if (cert.serialHex.length / 2 > maxSerialOctets) see('longSerial', i, `${cert.serialHex.length / 2}`);
    }
  });

  for (const target of options.hosts ?? []) {
    const host = hostOf(target);
    if (!host) continue;
    const match = matchHost(host, leaf);
    if (match === 'none') see(canonicalIp(host) ? 'ipNotInSan' : 'nameMismatch', leafIndex, host);
    else if (match === 'cn') see('cnOnly', leafIndex, host);
    else if (match === 'wildcard') see('wildcardOnly', leafIndex, host);
  }

  const eku = leaf.extendedKeyUsage;
  if (eku && !eku.includes(serverAuthOid) && !eku.includes(anyExtendedKeyUsageOid)) see('noServerAuth', leafIndex, eku.join(', ') || undefined);
  const ku = leaf.keyUsage;
  if (ku && !ku.includes('digitalSignature') && !ku.includes('keyEncipherment')) see('keyUsage', leafIndex, ku.join(', ') || undefined);

  if (leaf.hasPrivateKey === false) see('noPrivateKey', leafIndex);
  if (leaf.keySpec === 2) see('keySpecSignature', leafIndex, 'AT_SIGNATURE');
  else if (leaf.keySpec === 0 || (leaf.provider && /key storage provider/i.test(leaf.provider))) see('cngKey', leafIndex, leaf.provider);

  if (selfIssued(leaf)) see('selfSigned', leafIndex);
  else {
    const last = certs[chain[chain.length - 1]!]!;
    if (!selfIssued(last)) see('chainIncomplete', chain[chain.length - 1]!, last.issuer);
  }
  // Servers send the chain leaf first; a file or a paste in another order is served that way.
  const pasted = certs.map((_, i) => i).filter((i) => chain.includes(i));
  if (pasted.join() !== chain.join()) see('chainOrder', leafIndex);
  return seen;
}
