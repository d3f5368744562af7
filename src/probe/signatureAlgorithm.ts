import type { X509Certificate } from 'node:crypto';

/**
 * Signature algorithms by OID, named as OpenSSL names them (what X509Certificate.signatureAlgorithm
 * returns on the Node.js versions that have it).
 */
const algorithms: [oid: string, name: string][] = [
  ['1.2.840.113549.1.1.4', 'md5WithRSAEncryption'],
  ['1.2.840.113549.1.1.5', 'sha1WithRSAEncryption'],
  ['1.2.840.113549.1.1.14', 'sha224WithRSAEncryption'],
  ['1.2.840.113549.1.1.11', 'sha256WithRSAEncryption'],
  ['1.2.840.113549.1.1.12', 'sha384WithRSAEncryption'],
  ['1.2.840.113549.1.1.13', 'sha512WithRSAEncryption'],
  ['1.2.840.113549.1.1.10', 'rsassaPss'],
  ['1.2.840.10045.4.1', 'ecdsa-with-SHA1'],
  ['1.2.840.10045.4.3.1', 'ecdsa-with-SHA224'],
  ['1.2.840.10045.4.3.2', 'ecdsa-with-SHA256'],
  ['1.2.840.10045.4.3.3', 'ecdsa-with-SHA384'],
  ['1.2.840.10045.4.3.4', 'ecdsa-with-SHA512'],
  ['1.2.840.10040.4.3', 'dsa_with_SHA1'],
  ['2.16.840.1.101.3.4.3.2', 'dsa_with_SHA256'],
  ['1.3.101.112', 'ED25519'],
  ['1.3.101.113', 'ED448'],
];

/** The DER encoding of an OBJECT IDENTIFIER (tag, length, base-128 arcs), to look for a known one. */
function encodeOid(oid: string): Buffer {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
  const bytes: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const groups = [arc & 0x7f];
    for (let value = arc >>> 7; value > 0; value >>>= 7) groups.unshift((value & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return Buffer.from([0x06, bytes.length, ...bytes]);
}

const encoded = algorithms.map(([, name]) => name).map((name, i) => ({ name, der: encodeOid(algorithms[i]![0]) }));

/**
 * The certificate's signature algorithm. Node.js 24 (and recent 22) report it; older Node.js does not,
 * so the known algorithm identifiers are looked up in the certificate: the first one found is the
 * `signature` field of the to-be-signed part, which precedes the names and the key. Not a parser: an
 * algorithm that is not in the table is reported as unknown, never guessed.
 */
export function signatureAlgorithmOf(x509: X509Certificate): string {
  const reported = (x509 as { signatureAlgorithm?: string }).signatureAlgorithm;
  if (reported) return reported;
  const raw = x509.raw;
  let best: { name: string; at: number } | undefined;
  for (const { name, der } of encoded) {
    const at = raw.indexOf(der);
    if (at >= 0 && (!best || at < best.at)) best = { name, at };
  }
  return best?.name ?? 'unknown';
}
