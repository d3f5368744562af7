/**
 * What the certificate check can find. src/diagnosis/certificate/checkCertificates.ts detects them;
 * each id is permanent (a `data-finding` value tests and links rely on), and content says what each
 * means: its scenario, fix and the clients it breaks (content/certificate/findings.yaml, in the order
 * findings are shown, worst first) and its sentence in each language (content/certificate/messages.yaml).
 * Plain constants without zod, so the single-file probe does not carry the schema library.
 */
export const certificateFindingIds = [
  'expired',
  'notYetValid',
  'nameMismatch',
  'ipNotInSan',
  'noServerAuth',
  'keyUsage',
  'weakHash',
  'sha1Hash',
  'smallKey',
  'negativeSerial',
  'noPrivateKey',
  'keySpecSignature',
  'cngKey',
  'selfSigned',
  'chainIncomplete',
  'unsupportedHash',
  'cnOnly',
  'longSerial',
  'expiresSoon',
  'wildcardOnly',
  'chainOrder',
] as const;
export type CertificateFindingId = (typeof certificateFindingIds)[number];
