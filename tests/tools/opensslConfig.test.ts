import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allDownloads } from '../../src/artifacts/downloads.ts';
import { readArtifacts } from '../../src/artifacts/loadArtifacts.ts';
import { makeCertificate, makeChain, openssl, startServer, tryHandshake, type TlsServer } from './opensslServer.ts';

// Proof with the real OpenSSL CLI that the generated configurations do what the articles say: servers on
// 127.0.0.1 that speak like an old SQL Server host, clients with the system default policy and with our
// files. The machine's OpenSSL is 3.x (Debian 12), so the 1.1.1 files are only parsed here, not proven.

const files = new Map(allDownloads(readArtifacts(process.cwd())).map((file) => [file.name, file]));
const dir = mkdtempSync(join(tmpdir(), 'sqltls-openssl-'));
const write = (name: string) => {
  const path = join(dir, name);
  writeFileSync(path, files.get(name)!.bytes);
  return path;
};
const servers: TlsServer[] = [];
let oldSqlServer: TlsServer;
let modernServer: TlsServer;
let weakKeyTls12Server: TlsServer;
let dheOnlyServer: TlsServer;
let sha1LeafServer: TlsServer;
let caFile: string;
let oldCert: string;

beforeAll(async () => {
  const old = makeCertificate(dir, 'old', 1024, 'sha1');
  oldCert = old.cert;
  const modern = makeCertificate(dir, 'modern', 2048, 'sha256');
  const chain = makeChain(dir, 'sha1');
  caFile = chain.ca;
  // An unpatched SQL Server host: TLS 1.0 only, a 1024-bit SHA-1 certificate, an ECDHE suite with SHA-1 MAC.
  servers.push((oldSqlServer = await startServer(old, ['-tls1', '-cipher', 'ECDHE-RSA-AES128-SHA:AES128-SHA:@SECLEVEL=0'])));
  servers.push((modernServer = await startServer(modern, [])));
  servers.push((weakKeyTls12Server = await startServer(old, ['-no_tls1_3', '-cipher', 'DEFAULT:@SECLEVEL=0'])));
  servers.push((dheOnlyServer = await startServer(modern, ['-no_tls1_3', '-cipher', 'DHE-RSA-AES128-GCM-SHA256'])));
  servers.push((sha1LeafServer = await startServer(chain.leaf, ['-no_tls1_3', '-cipher', 'DEFAULT:@SECLEVEL=0'])));
}, 60_000);

afterAll(() => {
  for (const server of servers) server.process.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('the machine has OpenSSL 3.x', () => {
  expect(openssl(['version']).output).toMatch(/^OpenSSL 3\./);
});

describe('legacy-tls10 (an old SQL Server without TLS 1.2)', () => {
  test('a client with the system default policy fails the handshake', () => {
    expect(tryHandshake(oldSqlServer.port, undefined).ok).toBe(false);
  });

  test('the generated OpenSSL 3.x per-process file (OPENSSL_CONF) connects over TLS 1.0', () => {
    const result = tryHandshake(oldSqlServer.port, write('legacy-tls10-openssl3.cnf'));
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toMatch(/Protocol version: TLSv1\b/);
  });

  test('the 1.1.1 file (security level 1) is not enough on OpenSSL 3.x, which is why 3.x needs level 0', () => {
    const result = tryHandshake(oldSqlServer.port, write('legacy-tls10-openssl111.cnf'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/legacy sigalg disallowed|no suitable signature algorithm|unsupported protocol|internal error/i);
  });

  test("the system-wide script, applied to a copy of this machine's openssl.cnf, connects; a second run refuses to edit it again", () => {
    const openssldir = /OPENSSLDIR: "([^"]+)"/.exec(openssl(['version', '-d']).output)![1]!;
    const copy = join(dir, 'system-openssl.cnf');
    copyFileSync(join(openssldir, 'openssl.cnf'), copy);
    const script = write('legacy-tls10-openssl3-system-wide.sh');
    const first = spawnSync('sh', [script, copy], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const edited = readFileSync(copy, 'utf8');
    expect(edited.match(/^openssl_conf\s*=/gm)).toHaveLength(1);
    expect(edited).toMatch(/^\[openssl_init\]\nssl_conf = ssl_sect$/m);
    expect(tryHandshake(oldSqlServer.port, copy).ok).toBe(true);
    expect(spawnSync('sh', [script, copy], { encoding: 'utf8' }).status).toBe(1);
  });

  test("MinProtocol is written TLSv1: OpenSSL's protocol parser rejects TLSv1.0", () => {
    expect(files.get('legacy-tls10-openssl3.cnf')!.text).toMatch(/^MinProtocol = TLSv1$/m);
    // -min_protocol goes through the same SSL_CONF parser as MinProtocol in openssl.cnf.
    expect(tryHandshake(oldSqlServer.port, write('legacy-tls10-openssl3.cnf'), ['-min_protocol', 'TLSv1']).ok).toBe(true);
    const rejected = tryHandshake(oldSqlServer.port, write('legacy-tls10-openssl3.cnf'), ['-min_protocol', 'TLSv1.0']);
    expect(rejected.ok).toBe(false);
    expect(rejected.output).toMatch(/min_protocol/);
  });
});

describe('strict-tls12 (the hardened baseline)', () => {
  test('refuses the TLS 1.0 server', () => {
    expect(tryHandshake(oldSqlServer.port, write('strict-tls12-openssl3.cnf')).ok).toBe(false);
  });
  test('refuses a TLS 1.2 server with a 1024-bit key when it validates the certificate, as drivers do', () => {
    const result = tryHandshake(weakKeyTls12Server.port, write('strict-tls12-openssl3.cnf'), ['-CAfile', oldCert, '-verify_return_error']);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/too weak|too small/i);
  });
  test('connects to a modern server', () => {
    expect(tryHandshake(modernServer.port, write('strict-tls12-openssl3.cnf')).ok).toBe(true);
  });
});

describe('no-dhe (the TLS_DHE leading-zero workaround)', () => {
  test('the client offers no DHE suite: a DHE-only server finds nothing in common', () => {
    expect(tryHandshake(dheOnlyServer.port, undefined).ok).toBe(true);
    const result = tryHandshake(dheOnlyServer.port, write('no-dhe-openssl3.cnf'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/handshake failure|alert number 40/);
  });
  test('still connects to a server with ECDHE suites', () => {
    expect(tryHandshake(modernServer.port, write('no-dhe-openssl3.cnf')).ok).toBe(true);
  });
});

describe('accept-sha1 (a certificate signed with SHA-1, validated like a driver does)', () => {
  const verify = () => ['-CAfile', caFile, '-verify_return_error', '-verify_hostname', 'localhost'];
  test('the system default rejects the SHA-1 signature', () => {
    const result = tryHandshake(sha1LeafServer.port, undefined, verify());
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/digest algorithm too weak|md too weak/i);
  });
  test('the generated per-process file accepts it and keeps TLS 1.2', () => {
    const result = tryHandshake(sha1LeafServer.port, write('accept-sha1-openssl3.cnf'), verify());
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toMatch(/Protocol version: TLSv1\.2/);
    expect(tryHandshake(oldSqlServer.port, write('accept-sha1-openssl3.cnf')).ok).toBe(false);
  });
});

test('every generated .cnf file loads without a configuration error', () => {
  for (const name of [...files.keys()].filter((n) => n.endsWith('.cnf'))) {
    const env = { ...process.env, OPENSSL_CONF: write(name) };
    const result = openssl(['ciphers', '-s'], env);
    expect(result.status, `${name}: ${result.output}`).toBe(0);
  }
});
