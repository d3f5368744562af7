// How the search page and the certificate page hold up under a pasted megabyte: the longest main-thread
// task from the paste to the answer, and how long the answer took. Prints numbers, fails nothing. A
// megabyte rendered in a text area alone costs Chromium about a second (on a bare page), so the pages
// hold a long paste aside and show its start (client/heldPaste.ts); the e2e suite checks that the paste
// is answered whole (tests/e2e/search.spec.ts, tests/e2e/certificate.spec.ts).
//   npm run bench:paste   (after `npm run build`; uses CHROMIUM_PATH like the e2e tests)
import { chromium } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../src/serve/staticServer.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeCaAndLeaf } from '../tests/support/testCertificates.ts';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const { server } = createStaticServer(resolve('dist'));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

// A real certificate for the certificate page, made with the openssl CLI.
const dir = mkdtempSync(join(tmpdir(), 'bench-paste-'));
const { leaf } = makeCaAndLeaf(dir);
rmSync(dir, { recursive: true, force: true });

const search = { path: '/en/search/', box: '[data-search-form] textarea', list: '[data-search-results]' };
const certificate = { path: '/en/certificate/', box: '[data-certificate-input]', list: '[data-certificate-findings]' };
const pastes = {
  'search: 1 MB stack trace': {
    ...search,
    text: `(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.) ${'at Frame.Method() '.repeat(60000)}`,
  },
  'search: 1 MB of spaces after a provider': { ...search, text: `provider:${' '.repeat(1 << 20)},` },
  'certificate page: a certificate in 1 MB of log': { ...certificate, text: `${'2026-12-06 log line without a certificate\n'.repeat(24000)}${leaf}` },
  'certificate page: 1 MB of base64-like garbage': { ...certificate, text: 'QUJD'.repeat(1 << 18) },
};

try {
  for (const [name, { path, box: boxSelector, list: listSelector, text }] of Object.entries(pastes)) {
    const longest: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${origin}${path}`);
      await page.locator(listSelector).waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      // The clipboard's content, made before measuring: filling a DataTransfer with a megabyte is the
      // test's work, not the page's (a real paste hands the page a filled one).
      await page.evaluate((text) => {
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', text);
        (window as unknown as { clipboard: DataTransfer }).clipboard = clipboardData;
        // Settle the work of the setData above before measuring.
        return new Promise((done) => setTimeout(done, 200));
      }, text);
      const result = await page.evaluate(
        async ({ boxSelector, listSelector }) => {
          const durations: number[] = [];
          new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration))).observe({ type: 'longtask' });
          const box = document.querySelector<HTMLTextAreaElement>(boxSelector)!;
          const list = document.querySelector(listSelector)!;
          const start = performance.now();
          // A paste as the reader makes it: a paste event carrying the text (the pages hold a long one
          // aside, client/heldPaste.ts, rather than render a megabyte in the box).
          const clipboardData = (window as unknown as { clipboard: DataTransfer }).clipboard;
          box.focus();
          box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
          await new Promise<void>((done) => {
            const watch = new MutationObserver(() => {
              if (list.getAttribute('aria-busy') !== 'false') return;
              watch.disconnect();
              done();
            });
            watch.observe(list, { attributes: true });
          });
          const answeredMs = performance.now() - start;
          await new Promise((done) => setTimeout(done, 100));
          return { longest: Math.max(0, ...durations), answeredMs };
        },
        { boxSelector, listSelector },
      );
      longest.push(result.longest);
      answered.push(result.answeredMs);
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `${name}: longest main-thread task median ${median(longest).toFixed(0)} ms (max ${Math.max(...longest).toFixed(0)}), answered in median ${median(answered).toFixed(0)} ms over ${runs} runs`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
