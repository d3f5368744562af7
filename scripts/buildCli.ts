// Builds the installable probe: packages/sqltls/sqltls.mjs, one JavaScript file for Node.js 18 and
// later, from the same sources and content as the site (run by `npm pack` in packages/sqltls as its
// prepack step, and by `npm run build:cli`). SITE_URL sets where its links point.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleProbe } from '../src/build/bundleProbe.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = await bundleProbe(root, process.env.SITE_URL ?? 'http://127.0.0.1:4321');
const file = join(root, 'packages/sqltls/sqltls.mjs');
writeFileSync(file, bundle.bytes);
chmodSync(file, 0o755);
// To stderr: npm pack --json prints its answer on stdout after this step.
console.error(`packages/sqltls/sqltls.mjs: sqltls ${bundle.version}, ${(bundle.bytes.length / 1024).toFixed(1)} KB, sha256 ${bundle.sha256}`);
