// How the search page holds up under a pasted megabyte: the longest main-thread task from the paste to
// the answer, and how long the answer took. Prints numbers, fails nothing: on a busy 2-core machine the
// same paste measured 0.1 to 1.7 s of the browser laying out the text area, which is Chromium's work,
// not ours; the e2e suite checks that the paste is answered and kept (tests/e2e/search.spec.ts).
//   npm run bench:paste   (after `npm run build`; uses CHROMIUM_PATH like the e2e tests)
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../src/serve/staticServer.ts';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const { server } = createStaticServer(resolve('dist'));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

const pastes = {
  '1 MB stack trace': `(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.) ${'at Frame.Method() '.repeat(60000)}`,
  '1 MB of spaces after a provider': `provider:${' '.repeat(1 << 20)},`,
};

try {
  for (const [name, text] of Object.entries(pastes)) {
    const longest: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${origin}/en/search/`);
      await page.locator('[data-search-results]').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      const result = await page.evaluate(async (text) => {
        const durations: number[] = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration))).observe({ type: 'longtask' });
        const box = document.querySelector<HTMLTextAreaElement>('[data-search-form] textarea')!;
        const list = document.querySelector('[data-search-results]')!;
        const start = performance.now();
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
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
      }, text);
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
