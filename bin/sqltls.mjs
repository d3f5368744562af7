#!/usr/bin/env node
// sqltls command line: `sqltls probe <host>` diagnoses a live SQL Server's TLS setup (see README).
// Runs the TypeScript sources directly (Node.js 22.18+/24 strip types), so it works from a clone of this repository.
if (!process.features.typescript) {
  console.error(`sqltls needs Node.js 22.18 or later, which runs TypeScript directly (this is Node.js ${process.version}).`);
  process.exit(2);
}
const [command, ...rest] = process.argv.slice(2);
if (command !== 'probe') {
  console.error('Usage: sqltls probe <host>[:port|\\instance] [--json] [--lang en|zh] [--strict] [--timeout ms] [--ca-file file]');
  process.exit(2);
}
const { runProbe } = await import('../src/probe/cli.ts');
process.exitCode = await runProbe(rest);
