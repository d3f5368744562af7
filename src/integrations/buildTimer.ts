import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Records how long `astro build` took in .astro/build-stats.json, for `npm run budgets`. */
export function buildTimer(): AstroIntegration {
  let started = 0;
  let root = '';
  return {
    name: 'build-timer',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        started = performance.now();
      },
      'astro:build:done': () => {
        mkdirSync(`${root}.astro`, { recursive: true });
        writeFileSync(`${root}.astro/build-stats.json`, JSON.stringify({ buildSeconds: (performance.now() - started) / 1000, at: new Date().toISOString() }));
      },
    },
  };
}
