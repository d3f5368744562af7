import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openssl as runOpenssl } from '../tools/opensslServer.ts';

/** Certificates for the lab, made with the real openssl CLI: a test CA, a stranger CA, and leaf variants. */

function openssl(args: string[]): void {
  const result = runOpenssl(args);
  if (result.status !== 0) throw new Error(`openssl ${args.slice(0, 2).join(' ')} failed: ${result.output}`);
}

export interface KeyPair {
  key: string;
  cert: string;
  /** A certificate revocation list issued by this pair's CA (PEM), when it revoked something. */
  crl?: string;
}

export function selfSigned(dir: string, name: string, subject: string, bits = 2048, extra: string[] = []): KeyPair {
  const pair = { key: join(dir, `${name}.key`), cert: join(dir, `${name}.crt`) };
  openssl(['req', '-x509', '-newkey', `rsa:${bits}`, '-sha256', '-nodes', '-keyout', pair.key, '-out', pair.cert, '-days', '30', '-subj', subject, ...extra]);
  return pair;
}

interface LeafOptions {
  cn: string;
  san?: string;
  bits?: number;
  md?: 'sha256' | 'sha1' | 'md5' | 'sha512';
  /** YYYYMMDDHHMMSSZ */
  startDate?: string;
  endDate?: string;
  /** Extension lines of the issued certificate (default: not a CA, Server Authentication EKU). */
  extensions?: string[];
}

export function signedLeaf(dir: string, ca: KeyPair, name: string, options: LeafOptions): KeyPair {
  const pair = { key: join(dir, `${name}.key`), cert: join(dir, `${name}.crt`) };
  const csr = join(dir, `${name}.csr`);
  openssl([
    'req',
    '-new',
    '-newkey',
    `rsa:${options.bits ?? 2048}`,
    '-nodes',
    '-keyout',
    pair.key,
    '-out',
    csr,
    '-subj',
    `/CN=${options.cn}`,
    ...(options.san ? ['-addext', `subjectAltName=${options.san}`] : []),
  ]);
  const config = join(dir, `${name}-ca.cnf`);
  writeFileSync(join(dir, `${name}-index.txt`), '');
  writeFileSync(join(dir, `${name}-serial`), `${(Math.floor(Math.random() * 0xefffff) + 0x100000).toString(16).padStart(8, '0')}\n`);
  writeFileSync(
    config,
    [
      '[ca]',
      'default_ca = lab',
      '[lab]',
      `database = ${join(dir, `${name}-index.txt`)}`,
      `new_certs_dir = ${dir}`,
      `serial = ${join(dir, `${name}-serial`)}`,
      'policy = anything',
      'copy_extensions = copy',
      'unique_subject = no',
      'default_days = 30',
      'x509_extensions = leaf_ext',
      '[anything]',
      'commonName = supplied',
      '[leaf_ext]',
      ...(options.extensions ?? ['basicConstraints = CA:FALSE', 'extendedKeyUsage = serverAuth']),
      '',
    ].join('\n'),
  );
  openssl([
    'ca',
    '-batch',
    '-notext',
    '-config',
    config,
    '-cert',
    ca.cert,
    '-keyfile',
    ca.key,
    '-in',
    csr,
    '-out',
    pair.cert,
    '-md',
    options.md ?? 'sha256',
    ...(options.startDate ? ['-startdate', options.startDate] : []),
    ...(options.endDate ? ['-enddate', options.endDate] : []),
  ]);
  return pair;
}

/** A leaf signed by `ca`, then revoked by it: returns the leaf, with the CA's CRL that lists it. */
function revokedLeaf(dir: string, ca: KeyPair, name: string, options: LeafOptions): KeyPair {
  const pair = signedLeaf(dir, ca, name, options);
  const config = join(dir, `${name}-ca.cnf`);
  const crl = join(dir, `${name}.crl.pem`);
  openssl(['ca', '-config', config, '-cert', ca.cert, '-keyfile', ca.key, '-revoke', pair.cert, '-crl_reason', 'keyCompromise', '-md', 'sha256']);
  openssl(['ca', '-gencrl', '-config', config, '-cert', ca.cert, '-keyfile', ca.key, '-crldays', '30', '-md', 'sha256', '-out', crl]);
  return { ...pair, crl };
}

/** All lab certificates, created in `dir`. Clients trust `ca` only. */
export function makeLabCertificates(dir: string) {
  const ca = selfSigned(dir, 'lab-ca', '/CN=sqltls lab CA', 2048, ['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  const stranger = selfSigned(dir, 'stranger-ca', '/CN=Unknown Corp Issuing CA', 2048, [
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const localhost = { cn: 'localhost', san: 'DNS:localhost,IP:127.0.0.1' };
  const intermediate = signedLeaf(dir, ca, 'lab-intermediate', {
    cn: 'sqltls lab Issuing CA',
    extensions: ['basicConstraints = critical, CA:TRUE', 'keyUsage = critical, keyCertSign, cRLSign'],
  });
  return {
    ca,
    good: signedLeaf(dir, ca, 'good', localhost),
    expired: signedLeaf(dir, ca, 'expired', { ...localhost, startDate: '20200101000000Z', endDate: '20210101000000Z' }),
    notYetValid: signedLeaf(dir, ca, 'not-yet-valid', { ...localhost, startDate: '20400101000000Z', endDate: '20410101000000Z' }),
    selfSigned: selfSigned(dir, 'self-signed', '/CN=localhost', 2048, ['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1']),
    unknownCa: signedLeaf(dir, stranger, 'unknown-ca', localhost),
    wrongHostCn: signedLeaf(dir, ca, 'wrong-host-cn', { cn: 'sql99.contoso.com' }),
    wrongHostSan: signedLeaf(dir, ca, 'wrong-host-san', { cn: 'localhost', san: 'DNS:sql99.contoso.com' }),
    sha1: signedLeaf(dir, ca, 'sha1', { ...localhost, md: 'sha1' }),
    md5: signedLeaf(dir, ca, 'md5', { ...localhost, md: 'md5' }),
    weakKey: signedLeaf(dir, ca, 'weak-key', { ...localhost, bits: 1024 }),
    key512: signedLeaf(dir, ca, 'key-512', { ...localhost, bits: 512 }),
    // Issued for client authentication only: no Server Authentication EKU.
    wrongEku: signedLeaf(dir, ca, 'wrong-eku', { ...localhost, extensions: ['basicConstraints = CA:FALSE', 'extendedKeyUsage = clientAuth'] }),
    // Server Authentication EKU, but a key usage that allows neither signatures nor key encipherment.
    wrongKu: signedLeaf(dir, ca, 'wrong-ku', {
      ...localhost,
      extensions: ['basicConstraints = CA:FALSE', 'extendedKeyUsage = serverAuth', 'keyUsage = critical, nonRepudiation'],
    }),
    revoked: revokedLeaf(dir, ca, 'revoked', localhost),
    // Issued by an intermediate CA the server does not send: clients trust only the root.
    missingIntermediate: signedLeaf(dir, intermediate, 'missing-intermediate', localhost),
  };
}
export type LabCertificates = ReturnType<typeof makeLabCertificates>;
