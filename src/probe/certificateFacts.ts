import type { X509Certificate } from 'node:crypto';
import { signatureHashOfName, type CertificateFacts, type KeyAlgorithm } from '../diagnosis/certificate/certificateFacts.ts';
import { signatureAlgorithmOf } from './signatureAlgorithm.ts';

const curveBits: Record<string, number> = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256 };
const keyAlgorithms: Record<string, KeyAlgorithm> = { rsa: 'rsa', 'rsa-pss': 'rsa-pss', ec: 'ec', dsa: 'dsa', ed25519: 'ed25519', ed448: 'ed448' };

/** Node.js prints a name one attribute per line. */
const nameOf = (text: string) => text.split('\n').join(', ');

/**
 * The certificate a server presented, as the certificate rules read it (the same rules as the
 * certificate page: src/diagnosis/certificate). Node.js's X509Certificate, without a parser of our own;
 * it does not expose key usage bits, which the probe reads from OpenSSL's purpose check instead.
 */
export function certificateFactsOf(x509: X509Certificate): CertificateFacts {
  const san = x509.subjectAltName ?? '';
  const details = x509.publicKey.asymmetricKeyDetails;
  const bits = details?.modulusLength ?? (details?.namedCurve ? curveBits[details.namedCurve] : undefined);
  const hash = signatureHashOfName(signatureAlgorithmOf(x509));
  // Node.js prints the serial as a signed number: `-1234` for a negative one, and a positive one without
  // the leading zero byte DER needs when its first byte is 0x80 or more. The rules read DER's form.
  const serial = x509.serialNumber.toUpperCase();
  const serialHex = serial.startsWith('-') ? serial : `${serial.length % 2 ? '0' : ''}${serial}`.replace(/^(?=[89A-F])/, '00');
  return {
    origin: 'server',
    subject: nameOf(x509.subject),
    commonNames: x509.subject
      .split('\n')
      .filter((line) => line.startsWith('CN='))
      .map((line) => line.slice(3)),
    issuer: nameOf(x509.issuer),
    serialHex,
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    signatureAlgorithm: signatureAlgorithmOf(x509),
    ...(hash ? { signatureHash: hash } : {}),
    key: { algorithm: keyAlgorithms[x509.publicKey.asymmetricKeyType ?? ''] ?? 'other', ...(bits ? { bits } : {}) },
    dnsNames: [...san.matchAll(/(?:^|, )DNS:([^,]+)/g)].map((m) => m[1]!),
    ipAddresses: [...san.matchAll(/(?:^|, )IP Address:([^,]+)/g)].map((m) => m[1]!),
    ...(x509.keyUsage ? { extendedKeyUsage: x509.keyUsage } : {}),
  };
}
