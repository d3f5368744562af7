import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs the openssl CLI in `dir`, quietly. */
export const opensslIn = (dir: string) => (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * A CA valid for ten years and a server certificate it issued for a year (sql01.contoso.com and sql01 in
 * the SAN, Server Authentication, SHA-256), made with the openssl CLI in `dir`. Returns the PEM texts and
 * leaves the files (ca.pem, leaf.pem, leaf.key, leaf.csr) for tests that convert them further.
 */
export function makeCaAndLeaf(dir: string, caName = 'Test CA', hash: 'sha256' | 'sha1' = 'sha256', leafName = 'leaf') {
  const openssl = opensslIn(dir);
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '3650',
    '-subj',
    `/CN=${caName}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  ]);
  openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${leafName}.key`, '-out', `${leafName}.csr`, '-subj', '/CN=sql01.contoso.com']);
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=DNS:sql01.contoso.com,DNS:sql01\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n');
  signLeaf(dir, `${leafName}.csr`, `${leafName}.pem`, hash);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return { ca: read('ca.pem'), leaf: read(`${leafName}.pem`), key: read(`${leafName}.key`), csr: read(`${leafName}.csr`) };
}

/** Signs a request of `dir` with its CA (ca.pem, ca.key) as a one-year server certificate (server.ext). */
export function signLeaf(dir: string, csr: string, out: string, hash: 'sha256' | 'sha1') {
  opensslIn(dir)(['x509', '-req', '-in', csr, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', out, '-days', '365', `-${hash}`, '-extfile', 'server.ext']);
  return readFileSync(join(dir, out), 'utf8');
}
