// Serves the built site the way the production host does: the host's header and redirect rules
// (dist/_headers, dist/_redirects), brotli or gzip for text, `dir/` → `dir/index.html`, a redirect
// to the trailing slash, and 404.html for unknown paths. `npm start`, the end-to-end tests and
// Lighthouse all measure this, not a development server.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { headersFor, parseHeadersFile, parseRedirectsFile } from './hostRules.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // No charset: .reg files are UTF-16LE with a BOM (regedit 5.00), which the BOM itself declares.
  '.reg': 'text/x-ms-regedit',
  '.ps1': 'text/plain; charset=utf-8',
  '.cnf': 'text/plain; charset=utf-8',
  '.sh': 'text/x-shellscript; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Encoding = 'br' | 'gzip';

/** Picks what a CDN would send: brotli when the client takes it, else gzip, else the bytes as they are. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  // `br;q=0` refuses brotli (RFC 9110 §12.5.3): only codings with a weight above zero count.
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.split(';').map((piece) => piece.trim().toLowerCase()))
      .filter(([, ...params]) => !params.some((param) => /^q=0(?:\.0{0,3})?$/.test(param)))
      .map(([name]) => name),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
}

export interface StaticServer {
  server: Server;
  /** Compresses every text file now, as a precompressing host would, so no measured load waits for it. */
  precompress(): Promise<void>;
}

export function createStaticServer(root: string): StaticServer {
  const read = (name: string) => (existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : '');
  const headerRules = parseHeadersFile(read('_headers'));
  const redirects = parseRedirectsFile(read('_redirects'));
  // Compressed once per file version (its mtime) and encoding and kept, as a CDN caches it (brotli at its
  // best level, like a precompressing host). The file is read only when its compressed copy is missing.
  const compressed = new Map<string, Promise<Buffer>>();
  const compress = (file: string, encoding: Encoding) => {
    const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
    let payload = compressed.get(key);
    if (!payload) {
      const body = readFileSync(file);
      payload =
        encoding === 'br' ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : gzipAsync(body, { level: 9 });
      compressed.set(key, payload);
    }
    return payload;
  };

  const send = async (request: IncomingMessage, response: ServerResponse, path: string, file: string, status: number) => {
    const type = extname(file);
    const headers = headersFor(headerRules, path);
    response.setHeader('Content-Type', types[type] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', headers.get('cache-control') ?? 'public, max-age=0, must-revalidate');
    for (const [name, value] of headers) if (name !== 'cache-control') response.setHeader(name, value);
    const encoding = compressible.has(type) ? chooseEncoding(request.headers['accept-encoding']) : undefined;
    if (compressible.has(type)) response.setHeader('Vary', 'Accept-Encoding');
    if (encoding) response.setHeader('Content-Encoding', encoding);
    const payload = encoding ? await compress(file, encoding) : readFileSync(file);
    response.setHeader('Content-Length', payload.length);
    response.writeHead(status);
    response.end(request.method === 'HEAD' ? undefined : payload);
  };

  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    const page = join(root, '404.html');
    if (existsSync(page)) return send(request, response, '/404.html', page, 404);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // Not valid percent-encoding: the 404 page, whose script finds the nearest valid wizard step or page.
      return notFound(request, response);
    }
    const redirect = redirects.get(url.pathname);
    if (redirect) {
      response.writeHead(redirect.status, { Location: redirect.to + url.search }).end();
      return;
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound(request, response);
    const stat = existsSync(file) ? statSync(file) : undefined;
    if (stat?.isDirectory()) {
      if (!path.endsWith('/')) {
        // One leading slash: `//host/...` would be a protocol-relative link to another site.
        response.writeHead(301, { Location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(request, response, path, index, 200) : notFound(request, response);
    }
    return stat?.isFile() ? send(request, response, path, file, 200) : notFound(request, response);
  };

  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
  const precompress = async () => {
    const text = files(root).filter((file) => compressible.has(extname(file)));
    await Promise.all(text.flatMap((file) => (['br', 'gzip'] as const).map((encoding) => compress(file, encoding))));
  };

  // Search links carry up to 8 KB of pasted text in ?q=, over Node's default 16 KB header limit once encoded.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  return { server, precompress };
}
