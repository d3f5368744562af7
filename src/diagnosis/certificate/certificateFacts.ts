/**
 * What the certificate rules read from one certificate, whichever way it arrived: DER parsed in the
 * browser (readDer.ts), Node's X509Certificate in the probe, or the text that openssl, certutil or
 * PowerShell print (readTextDumps.ts). A field the source cannot give is absent, and a rule that needs
 * it stays silent rather than guess.
 */
export interface CertificateFacts {
  /** Where it came from, for messages: "certificate 2 of 3", "certutil output". */
  origin: string;
  subject: string;
  /** The subject's CN values (more than one is legal and rare). */
  commonNames: string[];
  issuer: string;
  /** The serial as DER holds it: big-endian two's complement, upper-case hex, no separators. */
  serialHex?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** The signature algorithm's OID, or its name when only a name was printed. */
  signatureAlgorithm?: string;
  signatureHash?: SignatureHash;
  key?: { algorithm: KeyAlgorithm; bits?: number };
  dnsNames: string[];
  ipAddresses: string[];
  /** Extended key usage OIDs; absent when the certificate has no such extension (any use is then allowed). */
  extendedKeyUsage?: string[];
  /** Key usage bits; absent when the certificate has no such extension. */
  keyUsage?: KeyUsageName[];
  /** basicConstraints cA. */
  isCa?: boolean;
  subjectKeyId?: string;
  authorityKeyId?: string;
  /** SHA-1 of the DER, upper-case hex: what Windows calls the thumbprint and SQL Server's registry value holds. */
  thumbprint?: string;
  /** Windows store facts, from certutil -v -store or PowerShell Format-List *: 1 AT_KEYEXCHANGE, 2 AT_SIGNATURE, 0 CNG. */
  keySpec?: number;
  /** The key's cryptographic provider or key storage provider, as Windows names it. */
  provider?: string;
  hasPrivateKey?: boolean;
  /** The certificate's DER bytes, when it arrived as DER or PEM (its thumbprint is their SHA-1). */
  der?: Uint8Array;
}

export type SignatureHash = 'md2' | 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512' | 'intrinsic';
export type KeyAlgorithm = 'rsa' | 'rsa-pss' | 'ec' | 'dsa' | 'ed25519' | 'ed448' | 'other';
export const keyUsageNames = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
export type KeyUsageName = (typeof keyUsageNames)[number];

export const serverAuthOid = '1.3.6.1.5.5.7.3.1';
export const anyExtendedKeyUsageOid = '2.5.29.37.0';

/** Signature algorithm OIDs (RFC 3279, 4055, 5758, 8410) and the hash each signs with. */
export const signatureHashByOid: Record<string, SignatureHash> = {
  '1.2.840.113549.1.1.2': 'md2',
  '1.2.840.113549.1.1.4': 'md5',
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.2.840.10040.4.3': 'sha1',
  '2.16.840.1.101.3.4.3.1': 'sha224',
  '2.16.840.1.101.3.4.3.2': 'sha256',
  '1.3.101.112': 'intrinsic',
  '1.3.101.113': 'intrinsic',
};

/** Hash OIDs, for RSASSA-PSS, whose hash sits in the algorithm's parameters. */
export const hashByOid: Record<string, SignatureHash> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Signature algorithm names as OpenSSL, Node.js and Windows print them, to the hash they sign with. */
export function signatureHashOfName(name: string): SignatureHash | undefined {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (/ed25519|ed448/.test(n)) return 'intrinsic';
  for (const hash of ['md2', 'md5', 'sha224', 'sha256', 'sha384', 'sha512'] as const) if (n.includes(hash)) return hash;
  if (/sha1|sha(?!\d)/.test(n)) return 'sha1';
  return undefined;
}

/** Public key algorithm OIDs. */
export const keyAlgorithmByOid: Record<string, KeyAlgorithm> = {
  '1.2.840.113549.1.1.1': 'rsa',
  '1.2.840.113549.1.1.10': 'rsa-pss',
  '1.2.840.10045.2.1': 'ec',
  '1.2.840.10040.4.1': 'dsa',
  '1.3.101.112': 'ed25519',
  '1.3.101.113': 'ed448',
};

/** Named curves and their sizes in bits. */
export const curveBitsByOid: Record<string, number> = {
  '1.2.840.10045.3.1.7': 256,
  '1.3.132.0.34': 384,
  '1.3.132.0.35': 521,
  '1.3.132.0.10': 256,
  '1.3.36.3.3.2.8.1.1.7': 256,
  '1.3.36.3.3.2.8.1.1.11': 384,
  '1.3.36.3.3.2.8.1.1.13': 512,
};
