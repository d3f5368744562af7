import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCertificates } from '../../../../src/diagnosis/certificate/checkCertificates.ts';
import { readPastedCertificates } from '../../../../src/diagnosis/certificate/readPastedCertificates.ts';
import { makeLabCertificates, type LabCertificates } from '../../../lab/certificates.ts';

// The certificate rules against certificates made with the openssl CLI: the lab's set (expired, not yet
// valid, SHA-1, MD5, 1024/512-bit, client-auth-only EKU, key usage without signatures, wrong CN, SAN
// without the host, self-signed, a chain without its intermediate) and a few made here.

let dir: string;
let lab: LabCertificates;
const made = new Map<string, string>();
const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

/** A self-signed certificate valid for a year, with the given extra arguments. */
function selfSigned(name: string, subject: string, extra: string[] = [], key = ['-newkey', 'rsa:2048']) {
  openssl(['req', '-x509', ...key, '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '365', '-subj', subject, ...extra]);
  made.set(name, readFileSync(join(dir, `${name}.pem`), 'utf8'));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cert-rules-'));
  lab = makeLabCertificates(dir);
  const server = ['-addext', 'extendedKeyUsage=serverAuth', '-addext', 'keyUsage=digitalSignature,keyEncipherment'];
  selfSigned('fine', '/CN=sql01.contoso.com', ['-sha256', '-addext', 'subjectAltName=DNS:sql01.contoso.com,DNS:sql01,IP:10.0.0.5', ...server]);
  selfSigned('negative', '/CN=sql01', ['-set_serial', '-4660', '-addext', 'subjectAltName=DNS:sql01', ...server]);
  selfSigned('long-serial', '/CN=sql01', ['-set_serial', '0x0102030405060708090A0B0C0D0E0F101112131415', '-addext', 'subjectAltName=DNS:sql01', ...server]);
  selfSigned('wildcard', '/CN=*.contoso.com', ['-addext', 'subjectAltName=DNS:*.contoso.com', ...server]);
  selfSigned('ec', '/CN=sql01', ['-addext', 'subjectAltName=DNS:sql01', ...server], ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pem = (file: string) => readFileSync(file, 'utf8');
const findings = (text: string, hosts: string[] = [], now = new Date()) => checkCertificates(readPastedCertificates(text).certificates, { hosts, now }).map((o) => o.finding);

describe('certificate rules', () => {
  test('a healthy certificate for the names given has no finding', () => {
    expect(findings(made.get('fine')!, ['sql01.contoso.com', 'sql01', '10.0.0.5']).filter((f) => f !== 'selfSigned')).toEqual([]);
  });

  test('validity: expired, not yet valid, expiring within 30 days', () => {
    expect(findings(pem(lab.expired.cert))).toContain('expired');
    expect(findings(pem(lab.notYetValid.cert))).toContain('notYetValid');
    // The lab's certificates are valid for 30 days.
    expect(findings(pem(lab.good.cert))).toContain('expiresSoon');
    expect(findings(made.get('fine')!)).not.toContain('expiresSoon');
  });

  test('names: a host missing from the SAN, a CN-only certificate, an IP outside the SAN, a wildcard', () => {
    expect(findings(pem(lab.wrongHostSan.cert), ['localhost'])).toContain('nameMismatch');
    expect(findings(pem(lab.wrongHostCn.cert), ['sql99.contoso.com'])).toContain('cnOnly');
    expect(findings(pem(lab.wrongHostCn.cert), ['localhost'])).toContain('nameMismatch');
    expect(findings(made.get('fine')!, ['10.0.0.6'])).toContain('ipNotInSan');
    expect(findings(made.get('fine')!, ['sql01.contoso.com.', 'tcp:SQL01,1433', 'sql01\\INST'])).not.toContain('nameMismatch');
    expect(findings(made.get('wildcard')!, ['sql01.contoso.com'])).toContain('wildcardOnly');
    // A wildcard covers one label only.
    expect(findings(made.get('wildcard')!, ['a.b.contoso.com', 'contoso.com'])).toEqual(expect.arrayContaining(['nameMismatch']));
  });

  test('purpose: a client-authentication-only EKU, a key usage without signatures or key encipherment', () => {
    expect(findings(pem(lab.wrongEku.cert))).toContain('noServerAuth');
    expect(findings(pem(lab.wrongKu.cert))).toContain('keyUsage');
    expect(findings(pem(lab.good.cert))).not.toEqual(expect.arrayContaining(['noServerAuth']));
  });

  test('signature hash and key size', () => {
    expect(findings(pem(lab.md5.cert))).toContain('weakHash');
    expect(findings(pem(lab.sha1.cert))).toContain('sha1Hash');
    expect(findings(pem(lab.weakKey.cert))).toContain('smallKey');
    expect(findings(pem(lab.key512.cert))).toContain('smallKey');
    expect(findings(made.get('ec')!)).not.toContain('smallKey');
  });

  test('serial numbers: negative, longer than 20 bytes', () => {
    expect(findings(made.get('negative')!)).toContain('negativeSerial');
    expect(findings(made.get('long-serial')!)).toContain('longSerial');
  });

  test('chain: self-signed, an issuer missing from the paste, the order, a complete chain in any order', () => {
    expect(findings(pem(lab.selfSigned.cert))).toContain('selfSigned');
    expect(findings(pem(lab.missingIntermediate.cert))).toContain('chainIncomplete');
    const complete = findings(pem(lab.good.cert) + pem(lab.ca.cert), ['localhost']);
    expect(complete).not.toContain('chainIncomplete');
    expect(complete).not.toContain('chainOrder');
    const reversed = findings(pem(lab.ca.cert) + pem(lab.good.cert), ['localhost']);
    expect(reversed).toContain('chainOrder');
    expect(reversed).not.toContain('chainIncomplete');
  });
});
