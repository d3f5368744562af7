import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// A newcomer's first hour: a missing tool or a busy port is one clear line, never a stack trace.

test('npm test names the missing tools and the command that installs them', () => {
  // A PATH that holds only this Node.js: every tool is missing.
  const bin = mkdtempSync(join(tmpdir(), 'prereq-'));
  try {
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = spawnSync(join(bin, 'node'), ['scripts/checkPrerequisites.mjs', '--tools'], { encoding: 'utf8', env: { PATH: bin, CHROMIUM_PATH: '/nonexistent' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('FreeTDS tsql');
    // Chromium may be found at its Debian path even so; the command-line tools are not.
    expect(run.stderr).toMatch(/sudo apt-get install -y (chromium )?openssl freetds-bin curl python3 openjdk-17-jdk-headless\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});

test('the Node.js check passes on this Node.js and names the version it needs', () => {
  expect(spawnSync(process.execPath, ['scripts/checkPrerequisites.mjs']).status).toBe(0);
  const old = spawnSync(
    process.execPath,
    ['-e', "Object.defineProperty(process.versions, 'node', { value: '20.11.0' }); await import('./scripts/checkPrerequisites.mjs')", '--input-type=module'],
    {
      encoding: 'utf8',
    },
  );
  expect(old.status).toBe(1);
  expect(old.stderr).toMatch(/^This project needs Node\.js 22\.18 or later/);
});

test('a busy port is one line that says what to do', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as AddressInfo).port;
  // serve.ts serves ./dist: a built site of one page, in a directory of its own (the real one may not be built yet).
  const site = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(site, 'dist'));
  writeFileSync(join(site, 'dist', 'index.html'), '<!doctype html><title>t</title>');
  try {
    const child = spawn(process.execPath, [join(process.cwd(), 'scripts/serve.ts')], { cwd: site, env: { ...process.env, PORT: String(port) } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      `Cannot serve dist/ on 127.0.0.1:${port}: port ${port} is already in use (another npm start?): stop it, or choose another port, e.g. PORT=4322 npm start`,
    );
  } finally {
    blocker.close();
    rmSync(site, { recursive: true, force: true });
  }
});
