import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];
export const htmlLang = { en: 'en', zh: 'zh-CN' } as const;

/** UI strings, read from the locale files so tests follow the content instead of hard-coding it. */
export const ui: Record<Locale, Record<string, string>> = {
  en: JSON.parse(readFileSync('content/i18n/en.json', 'utf8')),
  zh: JSON.parse(readFileSync('content/i18n/zh-CN.json', 'utf8')),
};

const ids = (folder: string) => readdirSync(`content/${folder}/en`).filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, '')).sort();
export const scenarioSlugs = ids('scenarios');
export const errorIds = ids('errors');

/** Every page type, per language, as site paths. */
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
  ...scenarioSlugs.map((slug) => `/${lang}/scenarios/${slug}/`),
  ...errorIds.map((id) => `/${lang}/errors/${id}/`),
];

/**
 * Pages load their scripts just after the first paint (src/scripts/afterFirstPaint.ts), which can be
 * after the load event `goto` waits for. A reader cannot act within that frame, a test can: so
 * navigations also wait until the page's scripts have run. Pages without deferred scripts (the
 * language chooser, redirects) return at once.
 */
const scriptsReady = async (page: Page) => {
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
};

/** Fails the test on any uncaught exception or console error on the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled === false) return use(page);
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await scriptsReady(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await scriptsReady(page);
      return response;
    };
    await use(page);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
