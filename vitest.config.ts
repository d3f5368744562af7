import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // Same alias as astro.config.mjs: the browser code imports the package's parser file directly.
      '@tediousjs/connection-string/parser': fileURLToPath(new URL('./node_modules/@tediousjs/connection-string/lib/parser/connection-string-parser.js', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/lab/**/*.test.ts'],
    // One worker per core, not vitest's default of one fewer: on CI's two cores that default is a single
    // worker, and the lab (a minute and a half, spent mostly waiting on the clients it runs) then holds
    // up every other file. Two workers finish the suite in about half the time.
    maxWorkers: availableParallelism(),
  },
});
