import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

/** Helpers that run the real openssl CLI: certificates, an s_server on 127.0.0.1, and s_client attempts. */

export function openssl(args: string[], env: NodeJS.ProcessEnv = process.env, input = '') {
  const result = spawnSync('openssl', args, { env, input, encoding: 'utf8', timeout: 15_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A self-signed certificate for CN=localhost with the given key size and signature hash. */
export function makeCertificate(dir: string, name: string, bits: number, hash: 'sha1' | 'sha256') {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  const made = openssl([
    'req',
    '-x509',
    '-newkey',
    `rsa:${bits}`,
    `-${hash}`,
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '30',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost',
  ]);
  if (made.status !== 0) throw new Error(`openssl req failed: ${made.output}`);
  return { key, cert };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`s_server did not listen on ${port}`);
}

export interface TlsServer {
  port: number;
  process: ChildProcess;
}

/**
 * Starts `openssl s_server` on 127.0.0.1 with the given protocol and cipher options. The server runs at
 * security level 0 so it can present old certificates and protocols, like an unpatched SQL Server host.
 */
export async function startServer(cert: { key: string; cert: string }, options: string[]): Promise<TlsServer> {
  const port = await freePort();
  const child = spawn('openssl', ['s_server', '-accept', `127.0.0.1:${port}`, '-cert', cert.cert, '-key', cert.key, '-quiet', ...options], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  await waitForPort(port, Date.now() + 10_000);
  return { port, process: child };
}

/** One client handshake with `openssl s_client`; `config` is an OPENSSL_CONF file, or undefined for the system default. */
export function tryHandshake(port: number, config: string | undefined, extra: string[] = []) {
  const env = { ...process.env };
  delete env.OPENSSL_CONF;
  if (config) env.OPENSSL_CONF = config;
  const result = openssl(['s_client', '-connect', `127.0.0.1:${port}`, '-servername', 'localhost', '-brief', ...extra], env);
  return { ok: result.status === 0 && result.output.includes('CONNECTION ESTABLISHED'), output: result.output };
}

/** A SHA-256 test CA and a 2048-bit CN=localhost leaf it signs with `leafHash`, as a private CA would. */
export function makeChain(dir: string, leafHash: 'sha1' | 'sha256') {
  const ca = makeCertificate(dir, 'test-ca', 2048, 'sha256');
  const key = join(dir, `leaf-${leafHash}.key`);
  const csr = join(dir, `leaf-${leafHash}.csr`);
  const cert = join(dir, `leaf-${leafHash}.crt`);
  const ext = join(dir, 'leaf.ext');
  spawnSync('sh', ['-c', `printf 'subjectAltName=DNS:localhost\\n' > '${ext}'`]);
  for (const args of [
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', csr, '-subj', '/CN=localhost'],
    ['x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', `-${leafHash}`, '-days', '30', '-out', cert, '-extfile', ext],
  ]) {
    const made = openssl(args);
    if (made.status !== 0) throw new Error(`openssl ${args[0]} failed: ${made.output}`);
  }
  return { ca: ca.cert, leaf: { key, cert } };
}
