// Screenshots of the built site for review and for the README (issue 20): home, a scenario, an error page,
// search with results, a wizard step and outcome, and the probe page; in both languages, light and dark,
// on a laptop (1366×768) and a phone (390×844). Each shot is the first screen, what a reader sees before
// scrolling, with the page's scripts run (the search answers, the wizard's state).
//   npm run screenshots   (after `npm run build`; uses CHROMIUM_PATH like the e2e tests)
//   SCREENSHOTS_DIR=/tmp/shots npm run screenshots   (elsewhere than docs/screenshots, e.g. a "before" set)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createStaticServer } from '../src/serve/staticServer.ts';
import { locales } from '../src/ids/locales.ts';

const out = resolve(process.env.SCREENSHOTS_DIR ?? 'docs/screenshots');
const query = encodeURIComponent('(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)');
const pages = {
  home: '',
  scenario: 'scenarios/untrusted-certificate/',
  error: 'errors/10054/',
  search: `search/?q=${query}`,
  'wizard-step': 'wizard/not-trusted/',
  'wizard-outcome': 'wizard/not-trusted/odbc-18/after-upgrade/',
  probe: 'probe/',
};
const sizes = { laptop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };
const schemes = ['light', 'dark'] as const;

const { server } = createStaticServer(resolve('dist'));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
mkdirSync(out, { recursive: true });
let count = 0;
try {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const lang of locales) {
        for (const [name, path] of Object.entries(pages)) {
          await page.goto(`${origin}/${lang}/${path}`);
          // The after-first-paint loader marks the page once its scripts have run (src/afterPaint).
          await page.waitForSelector('html[data-scripts-loaded]', { timeout: 15_000 });
          if (name === 'search') await page.waitForSelector('[data-search-results] li', { timeout: 15_000 });
          await page.screenshot({ path: join(out, `${name}-${lang}-${colorScheme}-${sizeName}.png`) });
          count++;
        }
      }
      await context.close();
    }
  }
  console.log(`${count} screenshots in ${out}`);
} finally {
  await browser.close();
  server.close();
}
