import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile, parseRedirectsFile } from '../../../src/serve/hostRules.ts';
import { chooseEncoding, createStaticServer } from '../../../src/serve/staticServer.ts';

describe('host rule files', () => {
  test('_headers: rules match by pattern, later rules win', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-Frame: one\n  Cache-Control: no-cache\n\n/_astro/*\n  Cache-Control: immutable\n');
    expect(Object.fromEntries(headersFor(rules, '/en/'))).toEqual({ 'x-frame': 'one', 'cache-control': 'no-cache' });
    expect(headersFor(rules, '/_astro/a.js').get('cache-control')).toBe('immutable');
  });

  test('_headers: a header line outside a path block is an error that names the line', () => {
    expect(() => parseHeadersFile('  X-Frame: one')).toThrow(/X-Frame: one/);
  });

  test('_redirects: from, to and status', () => {
    expect(parseRedirectsFile('/en/e/0/ /en/errors/0/ 301\n').get('/en/e/0/')).toEqual({ to: '/en/errors/0/', status: 301 });
    expect(() => parseRedirectsFile('/a/ /b/ 200')).toThrow(/\/a\//);
  });

  test('brotli is preferred, then gzip', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBeUndefined();
  });

  test('a coding the client weighs at zero is never sent', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(chooseEncoding('br;q=0.000')).toBeUndefined();
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('br');
  });
});

describe('createStaticServer()', () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  const page = `<!doctype html><title>t</title>${'<p>The certificate chain was issued by an authority that is not trusted.</p>'.repeat(50)}`;
  let origin = '';
  const server = (() => {
    mkdirSync(join(root, 'en', 'scenarios'), { recursive: true });
    writeFileSync(join(root, 'index.html'), 'root');
    writeFileSync(join(root, 'en', 'scenarios', 'index.html'), page);
    writeFileSync(join(root, '404.html'), 'not here');
    mkdirSync(join(root, 'downloads'), { recursive: true });
    writeFileSync(join(root, 'downloads', 'fix.reg'), Buffer.from('\ufeffWindows Registry Editor Version 5.00\r\n', 'utf16le'));
    writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    writeFileSync(join(root, '_redirects'), '/en/e/0/ /en/scenarios/ 301\n');
    return createStaticServer(root).server;
  })();
  beforeAll(
    () =>
      new Promise<void>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
          resolve();
        }),
      ),
  );
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });
  const get = (path: string, encoding?: string) => fetch(`${origin}${path}`, { redirect: 'manual', headers: encoding ? { 'Accept-Encoding': encoding } : {} });

  test('a directory serves its index.html, brotli-compressed, with the host headers', async () => {
    const response = await get('/en/scenarios/', 'br');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // fetch decodes the body itself; the header says what travelled.
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(Number(response.headers.get('content-length'))).toBeLessThan(page.length / 5);
    expect(await response.text()).toBe(page);
  });

  test('a .reg file is served without a charset that would contradict its UTF-16LE bytes', async () => {
    const response = await get('/downloads/fix.reg');
    expect(response.headers.get('content-type')).toBe('text/x-ms-regedit');
  });

  test('gzip for clients without brotli', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<Buffer>((resolve) =>
      request(`${origin}/en/scenarios/`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks)));
      }).end(),
    );
    expect(gunzipSync(body).toString()).toBe(page);
  });

  test('the trailing slash is added with a redirect that keeps the query', async () => {
    const response = await get('/en/scenarios?driver=jdbc');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/scenarios/?driver=jdbc');
  });

  // A raw request path `/.//evil.example/..%2fen/scenarios` (fetch would normalise it first) is read by `new URL` as
  // the path `//evil.example/..%2fen/scenarios`, a directory once decoded: the slash redirect must stay on this
  // host, not become the protocol-relative link `//evil.example/...`.
  test('the trailing-slash redirect never points at another host', async () => {
    const { port } = server.address() as AddressInfo;
    const location = await new Promise<string | undefined>((resolve, reject) =>
      request({ host: '127.0.0.1', port, path: '/.//evil.example/..%2fen/scenarios' }, (response) => {
        response.resume();
        resolve(response.statusCode === 301 ? response.headers.location : `status ${response.statusCode}`);
      })
        .on('error', reject)
        .end(),
    );
    expect(location).toMatch(/^\/(?!\/)/);
  });

  test('_redirects rules answer with their status', async () => {
    const response = await get('/en/e/0/');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/scenarios/');
  });

  test('unknown paths, escapes from the root and broken percent-encoding fail cleanly', async () => {
    const missing = await get('/nowhere/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not here');
    expect((await get('/..%2f..%2fetc/passwd')).status).toBe(404);
    // Broken percent-encoding gets the 404 page (its script recovers a stale wizard link), not a bare 400.
    const broken = await get('/en/wizard/%E0%A4%A/');
    expect(broken.status).toBe(404);
    expect(await broken.text()).toBe('not here');
  });
});
