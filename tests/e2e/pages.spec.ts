import { expect, gotoReady, htmlLang, locales, scenarioSlugs, errorIds, sweep, test, ui } from './fixtures.ts';

for (const lang of locales) {
  test.describe(`pages in ${lang}`, () => {
    test('home offers search, the common errors and every scenario', async ({ page }) => {
      await gotoReady(page, `/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[lang]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[lang]['home.title']!);
      const search = page.getByRole('search', { name: ui[lang]['home.title'] });
      await expect(search.getByRole('searchbox', { name: ui[lang]['search.label'] })).toBeVisible();
      await expect(search).toHaveAttribute('action', `/${lang}/search/`);
      await expect(page.getByRole('heading', { name: ui[lang]['home.commonErrors'] })).toBeVisible();
      for (const slug of scenarioSlugs) await expect(page.locator(`main a[href="/${lang}/scenarios/${slug}/"]`)).toHaveCount(1);
    });

    for (const slug of sweep(lang, scenarioSlugs)) {
      test(`scenario ${slug} shows symptoms, checks, fixes and sources`, async ({ page }) => {
        await gotoReady(page, `/${lang}/scenarios/${slug}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[lang]);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Each part is a section named by its heading.
        const part = (key: string) => page.getByRole('region', { name: ui[lang][key], exact: true });
        for (const key of ['scenario.isThisYourError', 'scenario.cause', 'scenario.confirm', 'scenario.fixes', 'scenario.sources']) await expect(part(key)).toBeVisible();
        // The first fix, itself a section named by its title, has a fix- anchor.
        await expect(part('scenario.fixes').getByRole('region').first()).toHaveAttribute('id', /^fix-/);
        await expect(page.locator('figure.handshake .failed').first()).toBeAttached();
        // Every fix that lowers security (marked by class only) carries a visible warning, the fix's only note.
        for (const fix of await page.locator('section.fix.risk-lowers-security').all()) {
          await expect(fix.getByRole('note')).toBeVisible();
          await expect(fix.getByRole('note')).toContainText(ui[lang]['fix.warningTitle']!);
        }
      });
    }

    test('the probe page explains the command and maps every finding to a scenario', async ({ page }) => {
      await gotoReady(page, `/${lang}/probe/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main pre').first()).toContainText('node sqltls.mjs probe');
      for (const id of ['download', 'run-it', 'what-it-checks', 'exit-codes', 'limits']) await expect(page.locator(`#${id}`)).toBeVisible();
      const rows = page.locator('#findings tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(10);
      for (const row of await rows.all()) {
        await expect(row).toHaveAttribute('id', /^finding-[a-z0-9-]+$/);
        await expect(row.getByRole('link')).toHaveAttribute('href', new RegExp(`^/${lang}/scenarios/[a-z0-9-]+/$`));
      }
      await expect(page.locator(`footer a[href="/${lang}/probe/"]`)).toHaveCount(1);
    });

    for (const id of sweep(lang, errorIds)) {
      test(`error page ${id} lists its candidate scenarios`, async ({ page }) => {
        await gotoReady(page, `/${lang}/errors/${id}/`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const candidates = page.getByRole('region', { name: ui[lang]['errors.candidates'], exact: true }).getByRole('listitem').getByRole('link');
        expect(await candidates.count()).toBeGreaterThan(0);
        await expect(candidates.first()).toHaveAttribute('href', new RegExp(`^/${lang}/scenarios/`));
      });
    }

    test('the overview draws the handshake and says where each scenario fails', async ({ page }) => {
      await gotoReady(page, `/${lang}/tls-handshake/`);
      await expect(page.locator('figure.handshake svg')).toBeVisible();
      await expect(page.locator('#where-it-fails a[href*="/scenarios/"]')).toHaveCount(scenarioSlugs.length);
    });
  });
}

test.describe("with the document's 404 in the console", () => {
  // Chromium logs the 404 status of the document itself; that one is expected here.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('an unknown address gets the helpful 404 page in both languages', async ({ page }) => {
    const response = await gotoReady(page, '/en/scenarios/no-such-scenario/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en['notFound.title']!);
    await expect(page.locator('[lang="zh-CN"]').getByRole('heading', { level: 2 })).toHaveText(ui.zh['notFound.title']!);
    const errors = page.getByRole('link', { name: ui.en['nav.errors'], exact: true });
    await expect(errors).toBeVisible();
    await expect(errors).toHaveAttribute('href', '/en/errors/');
    // The site's name leads home in each language, and a search box in each searches in its language.
    await expect(page.getByRole('link', { name: ui.en['site.name'], exact: true })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('link', { name: ui.zh['site.name'], exact: true })).toHaveAttribute('href', '/zh/');
    const box = page.getByRole('search', { name: ui.zh['home.title'] }).getByRole('searchbox');
    await box.fill('error 31');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/zh\/search\/\?q=error\+31$/);
  });
});

// Scripts arrive a frame after the first paint (src/scripts/afterFirstPaint.ts): the buttons they reveal
// must land in space kept for them, or a reader following a ticket link sees the article jump.
for (const path of ['/en/scenarios/untrusted-certificate/?driver=jdbc', '/zh/errors/10054/', '/en/', '/zh/wizard/not-trusted/']) {
  test(`nothing on ${path} moves when its scripts arrive`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await gotoReady(page, path);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.001);
  });
}
