import { loadAxe, violations } from './axe.ts';
import { expect, gotoReady, locales, pagePaths, test, ui } from './fixtures.ts';
import { SearchPage } from './pages/searchPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

test.beforeEach(({ context }) => loadAxe(context));

for (const lang of locales) {
  for (const path of pagePaths(lang)) {
    test(`no axe violations on ${path}`, async ({ page }) => {
      await gotoReady(page, path);
      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const lang of locales) {
  test(`no axe violations on the ${lang} search page with results open`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open(lang, '(provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed)');
    await expect(search.results.first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('no axe violations once a copy button has said its result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, '/en/scenarios/untrusted-certificate/');
  // Each fix's copy-link button is named "Copy link: <fix title>".
  await page
    .getByRole('button', { name: `${ui.en['share.copyLink']}: ` })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: ui.en['share.copied']! })).toHaveCount(1);
  expect(await violations(page)).toEqual([]);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of [
    '/en/',
    '/zh/scenarios/untrusted-certificate/?driver=jdbc',
    '/en/errors/10054/',
    '/zh/tls-handshake/',
    '/',
    '/en/search/?q=10054',
    '/zh/wizard/',
    '/en/wizard/forcibly-closed/always/',
    '/en/wizard/principal-name/',
  ]) {
    test(`no axe violations on ${path}`, async ({ page }) => {
      await gotoReady(page, path);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test('no axe violations on the root language chooser and the 404 page', async ({ page }) => {
  await gotoReady(page, '/404.html');
  expect(await violations(page)).toEqual([]);
});

// The wizard's steps breadth-first from the start, found by following the choice links: questions of
// every depth and the first outcomes, sixty in English and forty in Chinese. Every step shares one
// template, an outcome's fixes are the scenario pages' (checked above in both languages), and a walk
// over all 119 steps cost two and a half minutes of a CI run that must stay under twenty.
for (const lang of locales) {
  test(`no axe violations on the first ${lang === 'en' ? 'sixty' : 'forty'} wizard steps (${lang})`, async ({ page }) => {
    // Each page loaded and checked by axe: about a second and a half.
    test.setTimeout(600_000);
    const wizard = new WizardPage(page, lang);
    const queue = [`/${lang}/wizard/`];
    const seen = new Set(queue);
    const failures: string[] = [];
    let visits = lang === 'en' ? 60 : 40;
    while (queue.length && visits-- > 0) {
      const url = queue.shift()!;
      await gotoReady(page, url);
      for (const v of await violations(page)) failures.push(`${url}: ${v}`);
      for (const href of await wizard.choiceHrefs()) {
        if (seen.has(href)) continue;
        seen.add(href);
        queue.push(href);
      }
    }
    expect(seen.size).toBeGreaterThan(lang === 'en' ? 90 : 40);
    expect(failures).toEqual([]);
  });
}
