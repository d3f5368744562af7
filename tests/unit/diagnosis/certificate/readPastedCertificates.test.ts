import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCertificates } from '../../../../src/diagnosis/certificate/checkCertificates.ts';
import { readPastedCertificates } from '../../../../src/diagnosis/certificate/readPastedCertificates.ts';
import { makeCaAndLeaf, opensslIn } from '../../../support/testCertificates.ts';

// What users paste: PEM (with or without the key), base64 DER, PKCS#7 bundles, the text openssl,
// certutil and PowerShell print, and things that are not certificates at all.

let dir: string;
const file = (name: string) => readFileSync(join(dir, name), 'utf8');
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const openssl = (args: string[]) => opensslIn(dir)(args);
const now = new Date('2026-12-06T00:00:00Z');
const findingsOf = (text: string, hosts: string[] = []) => checkCertificates(readPastedCertificates(text).certificates, { hosts, now }).map((o) => o.finding);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cert-paste-'));
  makeCaAndLeaf(dir, 'Paste CA');
  openssl(['x509', '-in', 'leaf.pem', '-outform', 'DER', '-out', 'leaf.der']);
  openssl(['crl2pkcs7', '-nocrl', '-certfile', 'leaf.pem', '-certfile', 'ca.pem', '-out', 'chain.p7b']);
  openssl(['pkcs12', '-export', '-in', 'leaf.pem', '-inkey', 'leaf.key', '-out', 'leaf.pfx', '-passout', 'pass:x']);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a paste', () => {
  test('a PEM chain with its private key: the key is noticed, not kept, and the certificates are still checked', () => {
    const read = readPastedCertificates(file('leaf.pem') + file('leaf.key') + file('ca.pem'));
    expect(read.privateKey).toBe(true);
    expect(read.certificates.map((c) => c.commonNames[0])).toEqual(['sql01.contoso.com', 'Paste CA']);
    expect(JSON.stringify(read)).not.toContain('PRIVATE KEY');
  });

  test('base64 DER without headers, and a PKCS#7 bundle', () => {
    const der = readFileSync(join(dir, 'leaf.der')).toString('base64');
    expect(readPastedCertificates(der).certificates[0]?.commonNames).toEqual(['sql01.contoso.com']);
    expect(
      readPastedCertificates(file('chain.p7b'))
        .certificates.map((c) => c.commonNames[0])
        .sort(),
    ).toEqual(['Paste CA', 'sql01.contoso.com']);
  });

  test('a CSR, a PKCS#12 file, a truncated block and garbage each get their own message, without throwing', () => {
    expect(readPastedCertificates(file('leaf.csr')).problems).toEqual([{ kind: 'csr', where: 'block 1 (CERTIFICATE REQUEST)' }]);
    expect(readPastedCertificates(readFileSync(join(dir, 'leaf.pfx')).toString('base64')).problems[0]?.kind).toBe('pkcs12');
    expect(readPastedCertificates(file('leaf.pem').slice(0, 300)).problems[0]?.kind).toBe('truncated');
    const corrupt = file('leaf.pem').replace(/(-----\n)(.{40})/, '$1' + 'A'.repeat(40));
    expect(readPastedCertificates(corrupt).problems[0]?.kind).toBe('unreadable');
    expect(readPastedCertificates('hello <b>world</b>').problems).toEqual([{ kind: 'nothing' }]);
  });

  test('a 1 MB paste is read quickly and says what it found', () => {
    const big = file('leaf.pem') + 'x'.repeat(1024 * 1024);
    const started = performance.now();
    const read = readPastedCertificates(big);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read.certificates).toHaveLength(1);
  });

  test('openssl x509 -text output', () => {
    const text = openssl(['x509', '-in', 'leaf.pem', '-noout', '-text']).toString();
    const [cert] = readPastedCertificates(text).certificates;
    expect(cert).toMatchObject({ subject: 'CN=sql01.contoso.com', issuer: 'CN=Paste CA', signatureHash: 'sha256', key: { algorithm: 'rsa', bits: 2048 } });
    expect(cert?.notAfter?.getTime()).toBeGreaterThan(Date.now());
  });

  test('certutil -v -store: KeySpec AT_SIGNATURE, a key storage provider, a good legacy CSP key', () => {
    expect(findingsOf(fixture('certutil-store-signature.txt'), ['sql01.contoso.com'])).toEqual(['keySpecSignature', 'chainIncomplete']);
    expect(findingsOf(fixture('certutil-store-ksp.txt'))).toContain('cngKey');
    const [good] = readPastedCertificates(fixture('certutil-store-good.txt')).certificates;
    expect(good).toMatchObject({
      subject: 'CN=sql01.contoso.com',
      issuer: 'CN=Contoso Issuing CA, DC=contoso, DC=com',
      dnsNames: ['sql01.contoso.com', 'sql01'],
      extendedKeyUsage: ['1.3.6.1.5.5.7.3.1'],
      keyUsage: ['digitalSignature', 'keyEncipherment'],
      keySpec: 1,
      provider: 'Microsoft RSA SChannel Cryptographic Provider',
      thumbprint: 'FF2771BD5BD1F7086AB96FB9532B594ED8619C3B',
      signatureHash: 'sha256',
      key: { algorithm: 'rsa', bits: 2048 },
    });
    expect(findingsOf(fixture('certutil-store-good.txt'), ['sql01'])).toEqual(['chainIncomplete']);
  });

  test('PowerShell Format-List *: no private key, client authentication only, the names', () => {
    const findings = findingsOf(fixture('powershell-format-list.txt'), ['sql01', 'sql02']);
    expect(findings).toEqual(expect.arrayContaining(['noPrivateKey', 'noServerAuth', 'nameMismatch']));
    expect(findings).not.toContain('expired');
  });
});
