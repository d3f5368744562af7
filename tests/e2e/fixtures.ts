import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { htmlLang, locales, type Locale } from '../../src/ids/locales.ts';

export { expect };

export { htmlLang, locales, type Locale } from '../../src/ids/locales.ts';

/** UI strings, read from the locale files (content/i18n/<BCP-47 tag>.json) so tests follow the content instead of hard-coding it. */
export const ui = Object.fromEntries(locales.map((lang) => [lang, JSON.parse(readFileSync(`content/i18n/${htmlLang[lang]}.json`, 'utf8')) as Record<string, string>])) as Record<
  Locale,
  Record<string, string>
>;

const ids = (folder: string) =>
  readdirSync(`content/${folder}/en`)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, ''))
    .sort();
export const scenarioSlugs = ids('scenarios');
export const errorIds = ids('errors');

/**
 * The articles a per-page sweep visits in a language: all of them in English, every other one in
 * Chinese. Twins share their structure (the content rules hold their facts, ids and code identical),
 * so every template is still met in both languages, and the suite stays within CI's time.
 */
export const sweep = <T>(lang: Locale, articles: T[]): T[] => (lang === 'en' ? articles : articles.filter((_, i) => i % 2 === 0));

/**
 * A few of the articles one template builds from short text (the error pages): every part of the
 * template is met, and axe, at several seconds a page, keeps CI within its time.
 */
export const fewOf = <T>(articles: T[], count: number): T[] => articles.filter((_, i) => i % Math.ceil(articles.length / count) === 0);

/** Every page type, per language, as site paths (every article in English, fewer in Chinese, a few error pages). */
export const pagePaths = (lang: Locale) => [
  `/${lang}/`,
  `/${lang}/scenarios/`,
  `/${lang}/errors/`,
  `/${lang}/tls-handshake/`,
  `/${lang}/search/`,
  `/${lang}/wizard/`,
  `/${lang}/wizard/forcibly-closed/always/tls-hardening/`,
  `/${lang}/wizard/not-trusted/odbc-18/after-upgrade/`,
  `/${lang}/wizard/map/`,
  `/${lang}/connection-strings/`,
  `/${lang}/probe/`,
  `/${lang}/certificate/`,
  ...sweep(lang, scenarioSlugs).map((slug) => `/${lang}/scenarios/${slug}/`),
  ...fewOf(sweep(lang, errorIds), lang === 'en' ? 5 : 3).map((id) => `/${lang}/errors/${id}/`),
];

/**
 * Pages load their scripts just after the first paint (src/scripts/afterFirstPaint.ts), which can be
 * after the load event `goto` waits for. A reader cannot act within that frame, a test can: so a test
 * that uses the page's scripts waits until they have run. Pages without deferred scripts (the
 * language chooser, redirects) return at once.
 */
async function scriptsReady(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await page.waitForFunction(() => document.body?.dataset.scripts !== 'after-paint' || document.documentElement.dataset.scriptsLoaded !== undefined);
      return;
    } catch (error) {
      // The page navigated on (a forwarding page): wait on the page it went to.
      if (!String(error).includes('Execution context was destroyed')) throw error;
      await page.waitForLoadState();
    }
  }
}

/**
 * `page.goto`, then waits until the page's deferred scripts have run (see scriptsReady). Tests with
 * `javaScriptEnabled: false` use plain `page.goto`: there is nothing to wait for, and nothing to wait with.
 */
export async function gotoReady(page: Page, url: string, options?: Parameters<Page['goto']>[1]) {
  const response = await page.goto(url, options);
  await scriptsReady(page);
  return response;
}

/** `page.reload`, then waits until the page's deferred scripts have run again. */
export async function reloadReady(page: Page, options?: Parameters<Page['reload']>[0]) {
  const response = await page.reload(options);
  await scriptsReady(page);
  return response;
}

interface ConsoleOptions {
  /**
   * Console errors a test causes on purpose (a 404 document, a failed download), as patterns matched
   * against "<message> <url>". Any other console error or uncaught exception still fails the test.
   */
  expectedConsoleErrors: RegExp[];
}

/** Fails the test on any uncaught exception or console error on the page that it did not expect. */
export const test = base.extend<ConsoleOptions & { consoleErrors: string[] }>({
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = `${message.text()} ${message.location().url}`;
        if (!expectedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
