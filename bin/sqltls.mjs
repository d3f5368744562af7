#!/usr/bin/env node
// sqltls command line: `sqltls probe <host>` diagnoses a live SQL Server's TLS setup (see README).
// Runs the TypeScript sources directly (Node.js 22.18+/24 strip types), so it works from a clone of this repository.
if (!process.features.typescript) {
  console.error(`sqltls needs Node.js 22.18 or later, which runs TypeScript directly (this is Node.js ${process.version}).`);
  process.exit(2);
}
const { runProbe, usage } = await import('../src/probe/cli.ts');
const [command, ...rest] = process.argv.slice(2);
if (command !== 'probe') {
  console.error(usage);
  process.exit(2);
}
process.exitCode = await runProbe(rest);
