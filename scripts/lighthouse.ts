// Lighthouse over the built site: home, a scenario, an error page, search with a query, a wizard step and
// a wizard outcome, in both languages, mobile and desktop presets. Prints the four category scores with
// LCP, TBT and CLS. Each page runs LIGHTHOUSE_RUNS times (default 3) and the table shows the median run
// (Lighthouse's own computeMedianRun), with the spread of LCP across the runs: single runs on a busy
// 2-core machine vary by about ±0.05 s. Slow (about ten minutes), so not part of `npm test`. Run after `npm run build`.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4600);
const origin = `http://127.0.0.1:${port}`;
const pages = (lang: string) => ({
  home: `/${lang}/`,
  scenario: `/${lang}/scenarios/untrusted-certificate/`,
  error: `/${lang}/errors/10054/`,
  search: `/${lang}/search/?q=${encodeURIComponent('(provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed)')}`,
  'wizard step': `/${lang}/wizard/not-trusted/`,
  'wizard outcome': `/${lang}/wizard/not-trusted/odbc-18/after-upgrade/`,
});

// The production-like server (brotli, host headers): what a reader's phone would get from the host.
// Every text file is compressed before the server listens, as a precompressing host or a warm CDN cache
// serves it, so no measured load includes the server compressing a file.
const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--precompress'], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
for (let i = 0; i < 120; i++) {
  try {
    if ((await fetch(`${origin}/en/`)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const rows: string[] = [];
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    for (const lang of ['en', 'zh']) {
      for (const [name, path] of Object.entries(pages(lang))) {
        // A run that fails to measure (Lighthouse reports a runtimeError and no paint) is named and
        // repeated, up to twice as many attempts as runs, instead of ending the whole table.
        const lhrs = [];
        for (let attempt = 0; lhrs.length < runs && attempt < runs * 2; attempt++) {
          const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, preset === 'desktop' ? desktopConfig : undefined);
          if (filterToValidRuns([result!.lhr]).length) lhrs.push(result!.lhr);
          else console.error(`${preset} ${path}: run not measured (${result!.lhr.runtimeError?.code ?? 'no paint recorded'}), repeating`);
        }
        if (!lhrs.length) {
          rows.push(`| ${preset} | ${lang} | ${name} | not measured | | | | | | | |`);
          continue;
        }
        // median-run.d.ts names its types through Lighthouse's global `LH` namespace, which is not in scope here.
        const lhr = computeMedianRun(lhrs) as Lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        const lcps = lhrs.map((each) => (each.audits['largest-contentful-paint']?.numericValue ?? NaN) / 1000);
        const spread = `${Math.min(...lcps).toFixed(2)}–${Math.max(...lcps).toFixed(2)} s`;
        rows.push(
          `| ${preset} | ${lang} | ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s | ${spread} | ${Math.round(audit('total-blocking-time'))} ms | ${audit('cumulative-layout-shift').toFixed(3)} |`,
        );
        console.error(rows.at(-1));
      }
    }
  }
} finally {
  chrome.kill();
  stop();
}
console.log(`Median of ${runs} run(s) per page.`);
console.log('| preset | lang | page | perf | a11y | best practices | SEO | LCP | LCP, all runs | TBT | CLS |\n|---|---|---|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
