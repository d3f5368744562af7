// The entry of the single-file build (/downloads/sqltls.mjs and the npm package): the same command
// line as a clone runs, with the knowledge base's content, the version and the site embedded at build
// time by src/build/bundleProbe.ts, so it runs with `node sqltls.mjs` and nothing else.
import { runCommand } from './main.ts';
import type { ProbeContent } from './probeContent.ts';

declare const SQLTLS_CONTENT: ProbeContent;
declare const SQLTLS_VERSION: string;
declare const SQLTLS_SITE: string;

process.exitCode = await runCommand(
  process.argv.slice(2),
  { version: SQLTLS_VERSION, content: () => SQLTLS_CONTENT, site: SQLTLS_SITE },
  { out: (text) => console.log(text), err: (text) => console.error(text) },
);
