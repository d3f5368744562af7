import AxeBuilder from '@axe-core/playwright';
import { expect, locales, pagePaths, test } from './fixtures.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

for (const lang of locales) {
  for (const path of pagePaths(lang)) {
    test(`no axe violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const lang of locales) {
  test(`no axe violations on the ${lang} search page with results open`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent('(provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed)')}`);
    await expect(page.locator('ol[data-search-results] > li').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('no axe violations once a copy button has said its result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/scenarios/untrusted-certificate/');
  await page.locator('button[data-copy-url]').first().click();
  await expect(page.locator('[data-copy-status]')).not.toBeEmpty();
  expect(await violations(page)).toEqual([]);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['/en/', '/zh/scenarios/untrusted-certificate/?driver=jdbc', '/en/errors/10054/', '/zh/tls-handshake/', '/', '/en/search/?q=10054', '/zh/wizard/', '/en/wizard/forcibly-closed/always/', '/en/wizard/principal-name/']) {
    test(`no axe violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test('no axe violations on the root language chooser and the 404 page', async ({ page }) => {
  await page.goto('/404.html');
  expect(await violations(page)).toEqual([]);
});

// Every wizard step in both languages, found by following the choice links from the start.
for (const lang of locales) {
  test(`no axe violations on any wizard step (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    const queue = [`/${lang}/wizard/`];
    const seen = new Set(queue);
    const failures: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      await page.goto(url);
      for (const v of await violations(page)) failures.push(`${url}: ${v}`);
      for (const href of await page.locator('a[data-wizard-choice]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
        if (!seen.has(href)) (seen.add(href), queue.push(href));
      }
    }
    expect(seen.size).toBeGreaterThan(90);
    expect(failures).toEqual([]);
  });
}
