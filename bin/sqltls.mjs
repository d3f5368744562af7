#!/usr/bin/env node
// sqltls from a clone of this repository: runs the TypeScript sources directly (Node.js 22.18+ strips
// types) and reads the knowledge base's content from the project. The installable package and the
// single file served at /downloads/sqltls.mjs are built from the same sources (npm run build:cli) and
// run on Node.js 18 and later.
if (!process.features.typescript) {
  console.error(
    `From a clone, sqltls needs Node.js 22.18 or later, which runs TypeScript directly (this is Node.js ${process.version}). ` +
      'On older Node.js, run the single file instead: npm run build:cli, then node packages/sqltls/sqltls.mjs',
  );
  process.exit(2);
}
const { runCommand } = await import('../src/probe/main.ts');
const { readProbeContent, readToolVersion } = await import('../src/probe/readProbeContent.ts');
const { fileURLToPath } = await import('node:url');
const root = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await runCommand(
  process.argv.slice(2),
  { version: readToolVersion(root), content: () => readProbeContent(root), site: process.env.SITE_URL ?? 'http://127.0.0.1:4321' },
  { out: (text) => console.log(text), err: (text) => console.error(text) },
);
