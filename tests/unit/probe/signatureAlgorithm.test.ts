import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { signatureAlgorithmOf } from '../../../src/probe/signatureAlgorithm.ts';

// Node.js before 22 has no X509Certificate.signatureAlgorithm: the single-file probe then finds the
// algorithm identifier in the certificate. Both readings must agree on real certificates.
const dir = mkdtempSync(join(tmpdir(), 'sigalg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function certificate(name: string, keyArgs: string[], digest: string): X509Certificate {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  execFileSync('openssl', ['req', '-x509', '-newkey', ...keyArgs, '-nodes', '-keyout', key, '-out', cert, `-${digest}`, '-days', '1', '-subj', `/CN=${name}`], { stdio: 'ignore' });
  return new X509Certificate(readFileSync(cert));
}

test.each([
  ['rsa-md5', ['rsa:2048'], 'md5', 'md5WithRSAEncryption'],
  ['rsa-sha1', ['rsa:2048'], 'sha1', 'sha1WithRSAEncryption'],
  ['rsa-sha512', ['rsa:2048'], 'sha512', 'sha512WithRSAEncryption'],
  ['ec-sha384', ['ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], 'sha384', 'ecdsa-with-SHA384'],
])('%s: the algorithm read from the certificate is the one Node.js reports', (name, keyArgs, digest, expected) => {
  const x509 = certificate(name, keyArgs, digest);
  expect(signatureAlgorithmOf(x509)).toBe(expected);
  expect(signatureAlgorithmOf({ raw: x509.raw } as unknown as X509Certificate)).toBe(expected);
});

test('an algorithm outside the table is unknown, not guessed', () => {
  expect(signatureAlgorithmOf({ raw: Buffer.from('not a certificate') } as unknown as X509Certificate)).toBe('unknown');
});
