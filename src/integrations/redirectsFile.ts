import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadForwards } from '../lib/loadForwards.ts';

/**
 * Writes dist/_redirects (Netlify / Cloudflare Pages format) with a real 301 for every short link and
 * renamed page. Other hosts use the static forwarding pages, which work everywhere.
 */
export function redirectsFile(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const lines = loadForwards(root).map((f) => `${base}${f.from} ${base}${f.to} 301`);
        writeFileSync(new URL('_redirects', dir), `${lines.join('\n')}\n`);
      },
    },
  };
}
