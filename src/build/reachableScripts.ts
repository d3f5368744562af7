import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importClosure, importSpecifiers } from '../afterPaint/moduleImports.ts';

/**
 * The JavaScript files a built page can load: its module scripts, everything they import (statically,
 * or dynamically for `all`) and the workers they start. Paths are files under `distDir`.
 */
export function reachableScripts(distDir: string, htmlFile: string, base = '/'): { initial: string[]; all: string[]; withoutWorkersLater: string[] } {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const toFile = (src: string) => join(distDir, src.startsWith(base) ? src.slice(base.length) : src);
  // Module scripts, and the holders loaded right after the first paint (src/afterPaint/loadAfterFirstPaint.ts):
  // both run before the reader can interact, so both count as "at load".
  const entries = [
    ...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*\stype="module"/g),
    ...html.matchAll(/<script[^>]*\sdata-after-paint="([^"]+)"/g),
  ].map((m) => toFile(m[1]!));
  const inline = [...html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

  // Imports written in the page's inline module scripts resolve against the page itself.
  const pageDir = dirname(join(distDir, htmlFile));
  const walk = (dynamic: boolean, dynamicInWorkers = dynamic) => {
    const fromInline = inline.flatMap((source) => importSpecifiers(source, { dynamic })).map((spec) => (spec.startsWith('/') ? toFile(spec) : join(pageDir, spec)));
    return importClosure([...entries, ...fromInline], toFile, { dynamic, workers: true, dynamicInWorkers });
  };
  // `withoutWorkersLater`: all but what workers import on demand (the search worker's fuzzy matching).
  return { initial: walk(false), all: walk(true), withoutWorkersLater: walk(true, false) };
}
