import { AsnParser } from '@peculiar/asn1-schema';
import { RSAPublicKey, RsaSaPssParams } from '@peculiar/asn1-rsa';
import {
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  KeyUsage,
  type Name,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
} from '@peculiar/asn1-x509';
import { curveBitsByOid, hashByOid, keyAlgorithmByOid, keyUsageNames, signatureHashByOid, type CertificateFacts, type KeyUsageName } from './certificateFacts.ts';

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();

/** Short names for the attributes a server certificate's names use; others print as their OID. */
const attributeNames: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
};

/** A name in the certificate's own order, as OpenSSL prints it: `CN=sql01.contoso.com, O=Contoso`. */
function nameText(name: Name): string {
  return Array.from(name)
    .flatMap((rdn) => Array.from(rdn).map((attr) => `${attributeNames[attr.type] ?? attr.type}=${attr.value.toString()}`))
    .join(', ');
}

const commonNamesOf = (name: Name) =>
  Array.from(name).flatMap((rdn) =>
    Array.from(rdn)
      .filter((a) => a.type === '2.5.4.3')
      .map((a) => a.value.toString()),
  );

function keyOf(cert: Certificate): CertificateFacts['key'] {
  const info = cert.tbsCertificate.subjectPublicKeyInfo;
  const algorithm = keyAlgorithmByOid[info.algorithm.algorithm] ?? 'other';
  if (algorithm === 'rsa' || algorithm === 'rsa-pss') {
    const modulus = new Uint8Array(AsnParser.parse(info.subjectPublicKey, RSAPublicKey).modulus);
    const first = modulus.findIndex((b) => b !== 0);
    const bytes = modulus.subarray(Math.max(first, 0));
    return { algorithm, bits: bytes.length ? (bytes.length - 1) * 8 + Math.floor(Math.log2(bytes[0]!)) + 1 : 0 };
  }
  if (algorithm === 'ec' && info.algorithm.parameters) {
    // The named curve is an OBJECT IDENTIFIER in the parameters: 06 <len> <bytes>.
    const curve = oidFromDer(new Uint8Array(info.algorithm.parameters));
    return { algorithm, ...(curve && curveBitsByOid[curve] ? { bits: curveBitsByOid[curve] } : {}) };
  }
  if (algorithm === 'ed25519') return { algorithm, bits: 256 };
  if (algorithm === 'ed448') return { algorithm, bits: 456 };
  return { algorithm };
}

/** Decodes a DER OBJECT IDENTIFIER (tag 06). */
function oidFromDer(der: Uint8Array): string | undefined {
  if (der[0] !== 0x06 || der.length < 3 || der[1]! + 2 !== der.length) return undefined;
  const arcs: number[] = [];
  let value = 0;
  for (const byte of der.subarray(2)) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  const [first = 0, ...rest] = arcs;
  return [Math.min(2, Math.floor(first / 40)), first - Math.min(2, Math.floor(first / 40)) * 40, ...rest].join('.');
}

function signatureHashOf(cert: Certificate): CertificateFacts['signatureHash'] {
  const { algorithm, parameters } = cert.signatureAlgorithm;
  if (algorithm === '1.2.840.113549.1.1.10' && parameters) return hashByOid[AsnParser.parse(parameters, RsaSaPssParams).hashAlgorithm.algorithm];
  return signatureHashByOid[algorithm];
}

/**
 * Reads one DER certificate into the facts the rules check. Throws (with the parser's message) when the
 * bytes are not a certificate; the caller says so in words.
 */
export function readDer(der: Uint8Array, origin: string): CertificateFacts {
  const cert = AsnParser.parse(der, Certificate);
  const tbs = cert.tbsCertificate;
  const facts: CertificateFacts = {
    origin,
    subject: nameText(tbs.subject),
    commonNames: commonNamesOf(tbs.subject),
    issuer: nameText(tbs.issuer),
    serialHex: hex(tbs.serialNumber),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    signatureAlgorithm: cert.signatureAlgorithm.algorithm,
    dnsNames: [],
    ipAddresses: [],
    der,
  };
  const hash = signatureHashOf(cert);
  if (hash) facts.signatureHash = hash;
  const key = keyOf(cert);
  if (key) facts.key = key;
  for (const ext of tbs.extensions ?? []) {
    const value = ext.extnValue.buffer;
    if (ext.extnID === id_ce_subjectAltName) {
      for (const name of AsnParser.parse(value, SubjectAlternativeName)) {
        if (name.dNSName !== undefined) facts.dnsNames.push(name.dNSName);
        if (name.iPAddress !== undefined) facts.ipAddresses.push(name.iPAddress);
      }
    } else if (ext.extnID === id_ce_extKeyUsage) facts.extendedKeyUsage = [...AsnParser.parse(value, ExtendedKeyUsage)];
    else if (ext.extnID === id_ce_keyUsage) {
      const bits = AsnParser.parse(value, KeyUsage).toJSON() as string[];
      facts.keyUsage = bits.filter((b): b is KeyUsageName => (keyUsageNames as readonly string[]).includes(b));
    } else if (ext.extnID === id_ce_basicConstraints) facts.isCa = AsnParser.parse(value, BasicConstraints).cA;
    else if (ext.extnID === id_ce_subjectKeyIdentifier) facts.subjectKeyId = hex(AsnParser.parse(value, SubjectKeyIdentifier).buffer);
    else if (ext.extnID === id_ce_authorityKeyIdentifier) {
      const id = AsnParser.parse(value, AuthorityKeyIdentifier).keyIdentifier;
      if (id) facts.authorityKeyId = hex(id.buffer);
    }
  }
  return facts;
}
