/**
 * Whether a query is a certificate (PEM, PKCS#7) or a tool's description of one (openssl x509 -text,
 * certutil, PowerShell Format-List): such a paste is answered by the certificate rules, loaded only then.
 */
export function looksLikeCertificate(query: string): boolean {
  return (
    /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----|-----BEGIN PKCS7-----/.test(query) ||
    (/^[ \t]*Certificate:[ \t]*$/m.test(query) && /^[ \t]+Data:[ \t]*$/m.test(query)) ||
    /^[ \t]*X509 Certificate:[ \t]*$/m.test(query) ||
    /Cert Hash\(sha1\):/.test(query) ||
    /^[ \t]*Thumbprint[ \t]*:[ \t]*[0-9A-F]{40}[ \t]*$/im.test(query)
  );
}

/** What the certificate rules say about a pasted certificate: its worst finding and that finding's scenario. */
export interface CertificateVerdict {
  finding: string;
  scenario: string;
}
