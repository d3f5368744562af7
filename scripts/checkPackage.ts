// Proves the installable probe as a user gets it: `npm pack` in packages/sqltls (its prepack builds the
// single file), then for each Node.js at hand (the machine's own, this one, and $NODE18 when .ci/run
// installed it) installs the tarball into an empty directory and runs the installed `sqltls`:
// --version, --help, probe --help, an unknown option, and probes of three lab endpoints (a healthy one, one
// with a SHA-1 certificate, a TLS 1.0-only one). Prints a table; exits 1 on the first disagreement.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeLabCertificates } from '../tests/lab/certificates.ts';
import { endpoints } from '../tests/lab/endpoints.ts';
import { startLab, stopLab } from '../tests/lab/labServer.ts';
import { readToolVersion } from '../src/probe/readProbeContent.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const toolVersion = readToolVersion(root);
const work = mkdtempSync(join(tmpdir(), 'sqltls-package-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The Node.js binaries to try, each with a directory to put first on PATH (so `#!/usr/bin/env node` finds it). */
function nodes(): { label: string; bin: string }[] {
  const found: { label: string; bin: string }[] = [];
  const add = (label: string, node: string | undefined) => {
    if (!node) return;
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    if (!version || found.some((f) => f.label.endsWith(version))) return;
    const bin = join(work, `bin-${found.length}`);
    mkdirSync(bin);
    symlinkSync(node, join(bin, 'node'));
    found.push({ label: `${label} ${version}`, bin });
  };
  add('this Node.js', process.execPath);
  add(
    "the machine's own Node.js",
    ['/usr/bin/node', '/usr/local/bin/node'].find((p) => statSync(p, { throwIfNoEntry: false })),
  );
  add('Debian Node.js', process.env.NODE18);
  return found;
}

const failures: string[] = [];
const rows: string[] = [];
function expect(label: string, run: { status: number | null; stdout: string; stderr: string }, status: number | number[], pattern: RegExp, stream: 'stdout' | 'stderr' = 'stdout') {
  const ok = [status].flat().includes(run.status ?? -1) && pattern.test(run[stream]);
  rows.push(`${ok ? 'ok  ' : 'FAIL'} ${label}: exit ${run.status}`);
  if (!ok) failures.push(`${label}: exit ${run.status} (want ${[status].flat().join(' or ')}), ${stream} did not match ${pattern}\n${run.stdout}\n${run.stderr}`);
}

const certs = makeLabCertificates(work);
const lab = await startLab(
  endpoints.filter((e) => ['good', 'sha1', 'tls10-only'].includes(e.name)),
  certs,
);
try {
  // npm pack runs the package's prepack (scripts/buildCli.ts), so the tarball holds a fresh build.
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: join(root, 'packages/sqltls'), encoding: 'utf8' })) as {
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  const tarball = join(work, packed[0]!.filename);
  const files = packed[0]!.files.map((f) => f.path).sort();
  console.log(`${packed[0]!.filename}: ${(packed[0]!.size / 1024).toFixed(1)} KB packed, ${(packed[0]!.unpackedSize / 1024).toFixed(1)} KB unpacked, files: ${files.join(', ')}`);
  if (files.join() !== 'README.md,package.json,sqltls.mjs') failures.push(`the package ships ${files.join(', ')}, not only package.json, README.md and sqltls.mjs`);

  const port = (name: string) => lab.find((r) => r.endpoint.name === name)!.port;
  for (const [index, { label, bin }] of nodes().entries()) {
    const dir = join(work, `install-${index}`);
    mkdirSync(dir);
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, SITE_URL: 'https://kb.example' };
    // npm runs on the Node.js under test where that npm supports it (20 and 24); npm 11 refuses Node 18, so
    // there the tarball is installed by this Node.js's npm. What matters is the Node.js that runs the tool.
    const install = (installEnv: NodeJS.ProcessEnv) =>
      spawnSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: dir, env: installEnv, stdio: 'ignore' }).status === 0;
    const installer = install(env) ? label : install(process.env) ? `this Node.js's npm` : undefined;
    if (!installer) {
      failures.push(`${label}: npm install of the tarball failed`);
      continue;
    }
    rows.push(`     ${label}: installed by npm on ${installer}`);
    // Asynchronous: the lab servers run in this process and must keep answering while the tool runs.
    const sqltls = (...args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(join(dir, 'node_modules/.bin/sqltls'), args, { env, timeout: 60_000 });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    expect(`${label}: sqltls --version`, await sqltls('--version'), 0, new RegExp(`^${toolVersion.replace(/\./g, '\\.')}\\n$`));
    expect(`${label}: sqltls --help`, await sqltls('--help'), 0, /^Usage: sqltls <command>/);
    expect(`${label}: sqltls probe --help`, await sqltls('probe', '--help'), 0, /^Usage: sqltls probe <host>/);
    expect(`${label}: sqltls probe host --frobnicate`, await sqltls('probe', 'host', '--frobnicate'), 2, /unknown option --frobnicate[\s\S]*Usage:/, 'stderr');
    // The client's half: a report of this machine's policy (exit 0 or 1 by what it refuses), as JSON too.
    expect(`${label}: sqltls client --help`, await sqltls('client', '--help'), 0, /^Usage: sqltls client/);
    expect(`${label}: sqltls client --json`, await sqltls('client', '--json'), [0, 1], /"node": \{[\s\S]*"minVersion"/);
    // A Windows client's report (sqltls-client.ps1's output), read by the installed tool.
    expect(
      `${label}: sqltls client --windows <report>`,
      await sqltls('client', '--windows', join(process.cwd(), 'tests/fixtures/windows-client/server-2012r2-defaults.json')),
      1,
      /^TLS policy of a Windows client[\s\S]*\/en\/scenarios\/dhe-leading-zero\//,
    );
    const ca = ['--ca-file', certs.ca.cert];
    expect(`${label}: probe of a healthy server`, await sqltls('probe', `localhost:${port('good')}`, ...ca, '--timeout', '3000'), 0, /TLSv1\.2 ✓[\s\S]*No problem found/);
    expect(
      `${label}: probe of a server with a SHA-1 certificate`,
      await sqltls('probe', `localhost:${port('sha1')}`, ...ca, '--timeout', '3000'),
      1,
      /sha1WithRSAEncryption[\s\S]*\/en\/scenarios\/weak-signature-certificate\//,
    );
    expect(
      `${label}: probe of a TLS 1.0-only server`,
      await sqltls('probe', `localhost:${port('tls10-only')}`, ...ca, '--timeout', '3000', '--lang', 'zh'),
      1,
      /https:\/\/kb\.example\/zh\/scenarios\/tls-version-mismatch\//,
    );
    // Both halves together: this Node.js's own policy (TLS 1.2 at least) against the TLS 1.0-only server.
    expect(
      `${label}: probe of a TLS 1.0-only server --client node`,
      await sqltls('probe', `localhost:${port('tls10-only')}`, ...ca, '--timeout', '3000', '--client', 'node'),
      1,
      /Will this client connect: Node\.js .*\n\s+No:[\s\S]*server TLSv1 < client TLSv1\.2 \(tls\.DEFAULT_MIN_VERSION = TLSv1\.2\)[\s\S]*Fix: /,
    );
  }
} finally {
  await stopLab(lab);
  rmSync(work, { recursive: true, force: true });
}
console.log(rows.join('\n'));
if (failures.length) {
  console.error(`\n${failures.join('\n\n')}`);
  process.exit(1);
}
