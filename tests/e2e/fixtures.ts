import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';

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

/** Fails the test on any uncaught exception or console error on the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
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
