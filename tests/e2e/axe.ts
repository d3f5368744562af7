// axe-core run straight in the page. @axe-core/playwright re-sends the whole axe source through
// evaluate on every analyse and routes results through its frame messenger: about 1 s a page here,
// where loading axe once per document (an init script, which the page's CSP does not govern) and
// calling axe.run costs 0.15-0.4 s. The pages have no iframes, the one thing the wrapper adds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets every page is held to. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Makes axe available in every document the context opens; call before the first navigation. */
export async function loadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** The page's violations, one line each: rule, help and up to three offending elements. */
export async function violations(page: Page): Promise<string[]> {
  const options: RunOptions = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] };
  const results = await page.evaluate((options) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options), options);
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}
