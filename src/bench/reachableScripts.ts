import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { importSpecifiers } from '../build/moduleImports.ts';

/**
 * The JavaScript files a built page can load: its module scripts and everything they import,
 * statically or dynamically. Paths are files under `distDir`.
 */
export function reachableScripts(distDir: string, htmlFile: string, base = '/'): { initial: string[]; all: string[] } {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const toFile = (src: string) => join(distDir, src.startsWith(base) ? src.slice(base.length) : src);
  // Module scripts, and the holders loaded right after the first paint (src/scripts/afterFirstPaint.ts):
  // both run before the reader can interact, so both count as "at load".
  const entries = [
    ...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*\stype="module"/g),
    ...html.matchAll(/<script[^>]*\sdata-after-paint="([^"]+)"/g),
  ].map((m) => toFile(m[1]!));
  const inline = [...html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

  const walk = (startFiles: string[], startSources: string[], followDynamic: boolean) => {
    const seen = new Set<string>();
    const queue: { from: string; source: string }[] = [];
    const importsOf = (source: string) => importSpecifiers(source, { dynamic: followDynamic });
    const visit = (file: string) => {
      if (seen.has(file) || !existsSync(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const spec of importsOf(source)) visit(spec.startsWith('/') ? toFile(spec) : normalize(join(dirname(file), spec)));
    };
    startFiles.forEach(visit);
    for (const source of startSources) for (const spec of importsOf(source)) queue.push({ from: distDir, source: spec });
    for (const { source } of queue) visit(source.startsWith('/') ? toFile(source) : join(dirname(join(distDir, htmlFile)), source));
    return [...seen];
  };
  return { initial: walk(entries, inline, false), all: walk(entries, inline, true) };
}
