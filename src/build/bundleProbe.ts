import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readProbeContent, readToolVersion } from '../probe/readProbeContent.ts';

/** The single-file probe: JavaScript for Node.js 18 and later, with the content it reports from. */
export interface ProbeBundle {
  bytes: Uint8Array;
  version: string;
  sha256: string;
}

/** The oldest Node.js the single file supports; `engines` in packages/sqltls/package.json says the same. */
export const oldestNode = 'node18.3';

const bundles = new Map<string, Promise<ProbeBundle>>();

/**
 * Bundles the probe's sources into one ES module (esbuild, no minification, so a reader can audit what
 * they run on a jump box), with the content, the version and the site's address embedded. Built once
 * per root and site in a process: the download route and the probe page (size, SHA-256) share it.
 */
export function bundleProbe(root: string, site: string): Promise<ProbeBundle> {
  const key = `${root}\n${site}`;
  let pending = bundles.get(key);
  if (!pending) {
    pending = makeBundle(root, site);
    bundles.set(key, pending);
  }
  return pending;
}

async function makeBundle(root: string, site: string): Promise<ProbeBundle> {
  const version = readToolVersion(root);
  const result = await build({
    entryPoints: [join(root, 'src/probe/singleFileEntry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: oldestNode,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    banner: { js: `#!/usr/bin/env node\n// sqltls ${version}: SQL Server TLS probe. Run: node sqltls.mjs probe <server>. Source and documentation: ${site}` },
    define: {
      SQLTLS_CONTENT: JSON.stringify(readProbeContent(root)),
      SQLTLS_VERSION: JSON.stringify(version),
      SQLTLS_SITE: JSON.stringify(site),
    },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild wrote no output for the probe');
  const bytes = file.contents;
  return { bytes, version, sha256: createHash('sha256').update(bytes).digest('hex') };
}
