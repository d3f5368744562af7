import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The specifiers a built ES module imports: `import … from`, bare `import "…"`, `export … from`,
 * and with `dynamic`, the `import("…")` calls Vite emits for code loaded on demand.
 */
export function importSpecifiers(source: string, { dynamic = false } = {}): string[] {
  return [
    ...source.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g),
    ...(dynamic ? source.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g) : []),
  ].map((m) => m[1]!);
}

/**
 * Every file a built module needs before it can run: its static imports, their static imports, and so on
 * (not the entry itself). `resolveRooted` maps a root-relative specifier (`/_astro/x.js`) to a file.
 */
export function staticImportClosure(entryFile: string, resolveRooted: (specifier: string) => string): string[] {
  const seen = new Set<string>([entryFile]);
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const next = spec.startsWith('/') ? resolveRooted(spec) : normalize(join(dirname(file), spec));
      if (seen.has(next)) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(entryFile);
  seen.delete(entryFile);
  return [...seen];
}
