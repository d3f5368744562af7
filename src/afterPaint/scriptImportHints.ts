import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticImportClosure } from './moduleImports.ts';
import { addHolderImports } from './deferModuleScripts.ts';

/**
 * After the build, tells the after-paint script holders of pages that ask for it (the search page) which
 * modules their scripts import, so the page fetches them all at once. Without it a phone waits one round
 * trip per import level (script, then its chunks), and a `?q=` link's results wait on the deepest one.
 * Chunk names are only final once the bundle is written, hence a build:done step on the HTML files.
 */
export function scriptImportHints(): AstroIntegration {
  let base = '/';
  return {
    name: 'script-import-hints',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const toFile = (src: string) => join(dist, src.startsWith(base) ? src.slice(base.length) : src);
        const toUrl = (file: string) => `${base}${relative(dist, file).split(sep).join('/')}`;
        const cache = new Map<string, string[]>();
        const importsOf = (src: string) => {
          if (!cache.has(src)) cache.set(src, staticImportClosure(toFile(src), toFile).map(toUrl));
          return cache.get(src)!;
        };
        for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          if (!html.includes('data-list-script-imports')) continue;
          const hinted = addHolderImports(html, importsOf);
          if (hinted !== html) writeFileSync(file, hinted);
        }
      },
    },
  };
}
