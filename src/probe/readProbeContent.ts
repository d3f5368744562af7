import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile } from '../contentModel/dataFiles.ts';
import { articles, readArticles } from '../contentModel/project.ts';
import { locales } from '../ids/locales.ts';
import type { ProbeContent } from './probeContent.ts';

/** Reads the probe's content from the project at `root` (checked by the content rules at build time). */
export function readProbeContent(root: string): ProbeContent {
  const project = readArticles(root);
  return {
    tls12Builds: readDataFile(root, 'tls12Builds'),
    findings: Object.fromEntries(readDataFile(root, 'probeFindings').map(({ finding, scenario, fact }) => [finding, { scenario, ...(fact ? { fact } : {}) }])),
    clientFindings: Object.fromEntries(readDataFile(root, 'clientFindings').map(({ finding, scenario, fact }) => [finding, { scenario, fact }])),
    messages: readDataFile(root, 'probeMessages'),
    titles: Object.fromEntries(locales.map((lang) => [lang, Object.fromEntries(articles(project, 'scenarios', lang).map((e) => [e.id, e.value.title]))])) as ProbeContent['titles'],
  };
}

/** The version of the installable tool (packages/sqltls/package.json), which a clone reports too. */
export function readToolVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'packages/sqltls/package.json'), 'utf8')) as { version: string }).version;
}
