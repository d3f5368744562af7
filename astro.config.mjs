// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGate } from './src/integrations/contentGate.ts';
import { redirectsFile } from './src/integrations/redirectsFile.ts';
import { buildTimer } from './src/integrations/buildTimer.ts';
import { scriptImportHints } from './src/afterPaint/scriptImportHints.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/markdown/baseLinksPlugin.ts';

// Hosting: SITE_URL is the public origin (canonical URLs, sitemap, link previews);
// BASE_PATH hosts the site under a sub-path, e.g. BASE_PATH=/kb/ .
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

/**
 * Printed pages write the site's own links out in full (global.css, print rules); CSS cannot resolve a
 * path against the page's address, so the build writes the configured origin into the stylesheet.
 */
/** @returns {import('vite').Plugin} */
const siteOriginInCss = () => ({
  name: 'site-origin-in-css',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (id.endsWith('.css') && code.includes('__SITE_ORIGIN__')) return code.replaceAll('__SITE_ORIGIN__', new URL(site).origin);
  },
});

// Shipped code keeps its licence comments only: the bundler's `@__PURE__` marks tell a later bundler what it
// may drop, and nothing bundles these files again (in the search worker they were some 40 bytes of its download).
const shippedComments = { legal: true, annotation: false, jsdoc: false };

export default defineConfig({
  vite: {
    plugins: [siteOriginInCss()],
    // Module workers, so the search worker can load fuzzy matching on demand (a classic worker inlines it).
    worker: { format: 'es', rolldownOptions: { output: { comments: shippedComments } } },
    build: {
      // Scripts stay files, which the after-first-paint loader defers (src/afterPaint), instead of
      // inline code that would run before the first paint and weigh on every page's HTML. The loader
      // itself is the one script inlined: it is what loads the files.
      assetsInlineLimit: (file, content) => content.includes('data-after-paint'),
      rolldownOptions: {
        output: {
          comments: shippedComments,
          // One site kit: the small modules every page's enhancement script uses (and the bundler's preload
          // helper) travel as one cached file, not a handful of tiny responses each with its own overhead
          // (npm run budgets measures JavaScript per response, as the wire carries it).
          codeSplitting: {
            groups: [
              {
                name: 'site-kit',
                test: /[\\/]src[\\/](enhance[\\/](?!enhance\.ts)[^\\/]+|client[\\/](fill|queryLimits|decodeOrKeep|once|copyToClipboard|el)|ids[\\/]locales)\.ts$|vite[\\/]preload-helper/,
              },
            ],
          },
        },
        // Astro's MDX pipeline marks every article module with the directive "use astro:head-inject" and
        // reads it itself; the bundler warns once per article (54 lines a build) that it may not keep the
        // directive's semantics, which is Astro's concern, not a problem in this project. Other warnings pass.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    resolve: {
      alias: {
        // The paste check runs @tediousjs/connection-string's parser in the browser. The package entry
        // imports node:util (for console output only), so the browser imports the parser file itself.
        '@tediousjs/connection-string/parser': fileURLToPath(new URL('./node_modules/@tediousjs/connection-string/lib/parser/connection-string-parser.js', import.meta.url)),
      },
    },
  },
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Styles travel inside each page (about 3 KB compressed): a stylesheet request would block the
    // first paint for a round trip on a phone. See "Why pages paint fast" in the README.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Plain <pre><code>: no inline colour styles, so the CSP needs no 'unsafe-inline' for styles.
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base)] }),
  },
  // Strict Content-Security-Policy: Astro adds script-src / style-src with 'self' and the hashes of
  // what it emits (no 'unsafe-inline', no eval). Header-only directives (frame-ancestors) are in public/_headers.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'"],
    },
  },
  integrations: [
    buildTimer(),
    contentGate(),
    redirectsFile(),
    scriptImportHints(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      // Only the pages in a language; forwarding pages (short links, links without a language) stay out.
      filter: (page) => /\/(en|zh)\//.test(new URL(page).pathname) && !/\/(en|zh)\/e\//.test(new URL(page).pathname),
    }),
  ],
});
