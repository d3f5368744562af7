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
  },
});
