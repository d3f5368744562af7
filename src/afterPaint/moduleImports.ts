import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The specifiers a built ES module imports: `import … from`, bare `import "…"`, `export … from`,
 * and with `dynamic`, the `import("…")` calls Vite emits for code loaded on demand.
 */
export function importSpecifiers(source: string, { dynamic = false } = {}): string[] {
  return [
    // `… from "./x.js"` (import and export) and a bare `import "./x.js"`: no quantifier meets another it could trade characters with.
    ...[...source.matchAll(/\bfrom\s*["']([^"']+\.js)["']|\bimport\s*["']([^"']+\.js)["']/g)].map((m) => [m[0], m[1] ?? m[2]] as const),
    ...(dynamic ? source.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g) : []),
  ].map((m) => m[1]!);
}

/** The worker scripts a built module starts: Vite emits `new Worker(new URL(`/_astro/x.js`, …`. */
export function workerSpecifiers(source: string): string[] {
  return [...source.matchAll(/new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
}

/**
 * The existing files reachable from `startFiles` through their imports (static ones, and dynamic ones
 * with `dynamic`), and with `workers` the worker scripts they start; the start files included.
 * `resolveRooted` maps a root-relative specifier (`/_astro/x.js`) to a file; relative specifiers
 * resolve against the importing file.
 */
export function importClosure(
  startFiles: string[],
  resolveRooted: (specifier: string) => string,
  { dynamic = false, workers = false, dynamicInWorkers }: { dynamic?: boolean; workers?: boolean; dynamicInWorkers?: boolean } = {},
): string[] {
  const seen = new Set<string>();
  const resolve = (file: string, spec: string) => (spec.startsWith('/') ? resolveRooted(spec) : normalize(join(dirname(file), spec)));
  const visit = (file: string, inWorker: boolean) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const spec of importSpecifiers(source, { dynamic: inWorker ? (dynamicInWorkers ?? dynamic) : dynamic })) visit(resolve(file, spec), inWorker);
    if (workers) for (const spec of workerSpecifiers(source)) visit(resolve(file, spec), true);
  };
  startFiles.forEach((file) => visit(file, false));
  return [...seen];
}

/** Every file a built module needs before it can run: its static imports, theirs, and so on (not the entry itself). */
export function staticImportClosure(entryFile: string, resolveRooted: (specifier: string) => string): string[] {
  return importClosure([entryFile], resolveRooted).filter((file) => file !== entryFile);
}
