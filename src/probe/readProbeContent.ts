import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile } from '../contentModel/dataFiles.ts';
import { articles, readArticles } from '../contentModel/project.ts';
import { locales, type Locale } from '../ids/locales.ts';
import type { ClientKind } from '../ids/clientKinds.ts';
import type { Driver } from '../schemas/vocabulary.ts';
import { pickFixes } from './predict/pickFixes.ts';
import type { ProbeContent } from './probeContent.ts';

/** Reads the probe's content from the project at `root` (checked by the content rules at build time). */
export function readProbeContent(root: string): ProbeContent {
  const project = readArticles(root);
  const findings = readDataFile(root, 'probeFindings');
  const predictions = readDataFile(root, 'clientPredictions');
  // Only the fixes a prediction can offer travel with the tool (the single file stays small).
  const named = new Set([...findings.filter((f) => predictions.everyClient.includes(f.finding)).map((f) => f.scenario), ...predictions.rules.map((rule) => rule.scenario)]);
  const drivers = Object.fromEntries(Object.entries(predictions.clients).map(([kind, { driver }]) => [kind, driver])) as Record<ClientKind, Driver>;
  const english = articles(project, 'scenarios', 'en').filter((e) => named.has(e.id));
  const fixPicks = Object.fromEntries(english.map((e) => [e.id, pickFixes(e.value.fixes, drivers)]));
  const picked = new Map(Object.entries(fixPicks).map(([slug, byKind]) => [slug, new Set(Object.values(byKind).flatMap((byPlatform) => Object.values(byPlatform ?? {}).flat()))]));
  const fixesIn = (lang: Locale) =>
    Object.fromEntries(
      articles(project, 'scenarios', lang)
        .filter((e) => named.has(e.id))
        .map((e) => [e.id, Object.fromEntries(e.value.fixes.filter((fix) => picked.get(e.id)?.has(fix.id)).map(({ id, title, risk }) => [id, { id, title, risk }]))]),
    );
  return {
    tls12Builds: readDataFile(root, 'tls12Builds'),
    findings: Object.fromEntries(findings.map(({ finding, scenario, fact }) => [finding, { scenario, ...(fact ? { fact } : {}) }])),
    clientFindings: Object.fromEntries(readDataFile(root, 'clientFindings').map(({ finding, scenario, fact }) => [finding, { scenario, fact }])),
    windowsClientFindings: Object.fromEntries(
      readDataFile(root, 'windowsClientFindings').map(({ finding, scenario, fact, source, message }) => [finding, { scenario, fact, source, message }]),
    ),
    messages: readDataFile(root, 'probeMessages'),
    predictions,
    fixPicks,
    fixes: Object.fromEntries(locales.map((lang) => [lang, fixesIn(lang)])) as ProbeContent['fixes'],
    titles: Object.fromEntries(locales.map((lang) => [lang, Object.fromEntries(articles(project, 'scenarios', lang).map((e) => [e.id, e.value.title]))])) as ProbeContent['titles'],
  };
}

/** The version of the installable tool (packages/sqltls/package.json), which a clone reports too. */
export function readToolVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'packages/sqltls/package.json'), 'utf8')) as { version: string }).version;
}
