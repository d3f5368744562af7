import { AsnConvert, AsnParser } from '@peculiar/asn1-schema';
import { ContentInfo, id_signedData, SignedData } from '@peculiar/asn1-cms';
import type { CertificateFacts } from './certificateFacts.ts';
import { readDer } from './readDer.ts';
import { readTextDumps } from './readTextDumps.ts';

/** Something in the paste that is not a certificate the rules can check, said in words (messages.yaml `input.<kind>`). */
export type PasteProblemKind = 'csr' | 'pkcs12' | 'truncated' | 'unreadable' | 'tooMany' | 'nothing';
export interface PasteProblem {
  kind: PasteProblemKind;
  /** Which part of the paste: "block 2 (CERTIFICATE)". */
  where?: string;
}

export interface PastedCertificates {
  certificates: CertificateFacts[];
  /** A private key was pasted. It is never kept, shown or sent: the page says it must be replaced. */
  privateKey: boolean;
  problems: PasteProblem[];
}

/** More certificates than any chain has: a paste of a whole store is checked on its first ones. */
export const maxCertificates = 20;

const pemBlock = /-----BEGIN ([A-Z0-9 ]{1,40})-----([\s\S]*?)(?:-----END \1-----|$(?![\s\S]))/g;
const bareBase64 = /^[A-Za-z0-9+/=\s]{64,}$/;

function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** A PKCS#12 (.pfx) file: SEQUENCE { INTEGER 3, SEQUENCE { OID data ... } }. */
const isPkcs12 = (der: Uint8Array) => {
  const body = der[1]! & 0x80 ? 2 + (der[1]! & 0x7f) : 2;
  return der[0] === 0x30 && der[body] === 0x02 && der[body + 1] === 0x01 && der[body + 2] === 0x03;
};

/** The certificates in DER bytes: one certificate, or a PKCS#7 / CMS bundle (.p7b, .p7c). */
export function certificatesInDer(der: Uint8Array): Uint8Array[] | PasteProblemKind {
  try {
    const info = AsnParser.parse(der, ContentInfo);
    if (info.contentType === id_signedData) {
      const signed = AsnParser.parse(info.content, SignedData);
      return (signed.certificates ?? []).flatMap((choice) => (choice.certificate ? [new Uint8Array(AsnConvert.serialize(choice.certificate))] : []));
    }
  } catch {
    // not CMS: try a certificate
  }
  if (isPkcs12(der)) return 'pkcs12';
  return [der];
}

/** Adds the certificates in DER bytes (one, or a PKCS#7 bundle) to what was read, or says why it could not. */
function addDer(out: PastedCertificates, der: Uint8Array, where: string): void {
  const found = certificatesInDer(der);
  if (typeof found === 'string') {
    out.problems.push({ kind: found, where });
    return;
  }
  for (const [i, bytes] of found.entries()) {
    if (out.certificates.length >= maxCertificates) {
      if (!out.problems.some((p) => p.kind === 'tooMany')) out.problems.push({ kind: 'tooMany' });
      return;
    }
    try {
      out.certificates.push(readDer(bytes, found.length > 1 ? `${where}, certificate ${i + 1}` : where));
    } catch {
      out.problems.push({ kind: 'unreadable', where });
    }
  }
}

/** Reads the bytes of a chosen or dropped DER or PKCS#7 file, as readPastedCertificates reads pasted text. */
export function readCertificateFile(bytes: Uint8Array): PastedCertificates {
  const out: PastedCertificates = { certificates: [], privateKey: false, problems: [] };
  addDer(out, bytes, 'file');
  if (!out.certificates.length && !out.problems.length) out.problems.push({ kind: 'nothing' });
  return out;
}

/**
 * Reads whatever the user pasted: PEM blocks (a chain in any order, PKCS#7), base64 DER without headers,
 * or the text openssl, certutil or PowerShell print about a certificate. Never throws; anything it
 * cannot use is a problem in words, and the rest is still read.
 */
export function readPastedCertificates(text: string): PastedCertificates {
  const out: PastedCertificates = { certificates: [], privateKey: false, problems: [] };
  const add = (der: Uint8Array, where: string) => addDer(out, der, where);

  let blocks = 0;
  for (const [, type, body] of text.matchAll(pemBlock)) {
    blocks++;
    const label = type!.trim();
    const where = `block ${blocks} (${label})`;
    if (/PRIVATE KEY/.test(label)) out.privateKey = true;
    else if (/CERTIFICATE REQUEST/.test(label)) out.problems.push({ kind: 'csr', where });
    else if (/CERTIFICATE|PKCS7|CMS/.test(label)) {
      const der = fromBase64(body!.replace(/^[A-Za-z-]+:.*$/gm, ''));
      if (!der || !text.includes(`-----END ${type}-----`)) out.problems.push({ kind: 'truncated', where });
      else add(der, where);
    }
  }
  if (!blocks) {
    const trimmed = text.trim();
    const der = bareBase64.test(trimmed) ? fromBase64(trimmed) : undefined;
    if (der) add(der, 'base64');
    else out.certificates.push(...readTextDumps(text));
  }
  if (!out.certificates.length && !out.problems.length && !out.privateKey) out.problems.push({ kind: 'nothing' });
  return out;
}
