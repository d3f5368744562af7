// The heavy half of the certificate page, loaded on first use: the X.509 parser and the rules. Pure
// reading and checking; the page renders what this returns. Nothing here touches the network.
import { checkCertificates, orderChain, type CertificateObservation } from '../../diagnosis/certificate/checkCertificates.ts';
import type { CertificateFacts } from '../../diagnosis/certificate/certificateFacts.ts';
import { readCertificateFile, readPastedCertificates, type PasteProblem } from '../../diagnosis/certificate/readPastedCertificates.ts';

export interface PasteReport {
  /** In the order they were pasted. */
  certificates: CertificateFacts[];
  /** The index of the server's own certificate among them. */
  leaf: number;
  observations: CertificateObservation[];
  privateKey: boolean;
  problems: PasteProblem[];
}

async function sha1Hex(der: Uint8Array): Promise<string | undefined> {
  // SubtleCrypto exists only in secure contexts (https, localhost); elsewhere the thumbprint is left out.
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-1', new Uint8Array(der));
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** A dropped file that is PEM or tool output rather than DER (DER starts with a SEQUENCE tag). */
const looksLikeText = (bytes: Uint8Array) => bytes[0] !== 0x30;

/** Reads pasted text, or the bytes of a chosen or dropped file, and checks what it holds. */
export async function checkPaste(input: string | Uint8Array, hosts: string[], now = new Date()): Promise<PasteReport> {
  const read =
    typeof input === 'string' || looksLikeText(input) ? readPastedCertificates(typeof input === 'string' ? input : new TextDecoder().decode(input)) : readCertificateFile(input);
  for (const cert of read.certificates) {
    const thumbprint = cert.der && !cert.thumbprint ? await sha1Hex(cert.der) : undefined;
    if (thumbprint) cert.thumbprint = thumbprint;
  }
  return { ...read, leaf: orderChain(read.certificates)[0] ?? 0, observations: checkCertificates(read.certificates, { hosts, now }) };
}
