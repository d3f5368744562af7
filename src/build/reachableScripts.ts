import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importClosure, importSpecifiers } from '../afterPaint/moduleImports.ts';

/**
 * The JavaScript files a built page can load: its module scripts, everything they import (statically,
 * or dynamically for `all`) and the workers they start. Paths are files under `distDir`.
 */
export function reachableScripts(
  distDir: string,
  htmlFile: string,
  base = '/',
  /** Script files to leave out as entries (the site-wide script, to see what a page adds of its own). */
  skipEntries: ReadonlySet<string> = new Set(),
): { initial: string[]; all: string[]; withoutWorkersLater: string[]; entries: string[] } {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const toFile = (src: string) => join(distDir, src.startsWith(base) ? src.slice(base.length) : src);
  // Module scripts, and the holders loaded right after the first paint (src/afterPaint/loadAfterFirstPaint.ts):
  // both run before the reader can interact, so both count as "at load".
  const entries = [
    ...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*\stype="module"/g),
    ...html.matchAll(/<script[^>]*\sdata-after-paint="([^"]+)"/g),
  ]
    .map((m) => toFile(m[1]!))
    .filter((file) => !skipEntries.has(file));
  const inline = [...html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

  // Imports written in the page's inline module scripts resolve against the page itself.
  const pageDir = dirname(join(distDir, htmlFile));
  const walk = (dynamic: boolean, dynamicInWorkers = dynamic) => {
    const fromInline = inline.flatMap((source) => importSpecifiers(source, { dynamic })).map((spec) => (spec.startsWith('/') ? toFile(spec) : join(pageDir, spec)));
    return importClosure([...entries, ...fromInline], toFile, { dynamic, workers: true, dynamicInWorkers });
  };
  // `withoutWorkersLater`: all but what workers import on demand (the search worker's fuzzy matching).
  return { initial: walk(false), all: walk(true), withoutWorkersLater: walk(true, false), entries };
}

/**
 * What a page loads beyond the site-wide script (BaseLayout's enhancement entry and its kit, which every
 * page loads at first paint and the browser then has cached): its own scripts and what they import,
 * without the site-wide files. The home page carries only the site-wide script, so it defines it.
 */
export function pageOwnScripts(distDir: string, htmlFile: string, base = '/'): { initial: string[]; all: string[]; withoutWorkersLater: string[] } {
  const site = reachableScripts(distDir, 'en/index.html', base);
  const siteFiles = new Set(site.initial);
  const own = reachableScripts(distDir, htmlFile, base, new Set(site.entries));
  const notSiteWide = (files: string[]) => files.filter((f) => !siteFiles.has(f));
  return { initial: notSiteWide(own.initial), all: notSiteWide(own.all), withoutWorkersLater: notSiteWide(own.withoutWorkersLater) };
}
