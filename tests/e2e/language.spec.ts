import { expect, gotoReady, test, ui } from './fixtures.ts';

test("the language switch lands on the same page in the other language, with the reader's driver and anchor", async ({ page }) => {
  await gotoReady(page, '/en/scenarios/untrusted-certificate/?driver=jdbc#fix-trust-ca-debian');
  await page.getByRole('link', { name: ui.en['lang.switch'] }).click();
  await expect(page).toHaveURL(/\/zh\/scenarios\/untrusted-certificate\/\?driver=jdbc#fix-trust-ca-debian$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // A choice made on this page (another driver tab, another anchor) travels too; unknown parameters do not.
  await gotoReady(page, '/zh/scenarios/untrusted-certificate/?driver=jdbc&utm_source=mail');
  await page.evaluate(() => {
    history.replaceState(null, '', '?driver=odbc&utm_source=mail');
    location.hash = 'fix-trust-ca-windows';
  });
  await page.getByRole('link', { name: ui.zh['lang.switch'] }).click();
  await expect(page).toHaveURL(/\/en\/scenarios\/untrusted-certificate\/\?driver=odbc#fix-trust-ca-windows$/);
});

test('pages declare canonical and hreflang alternates', async ({ page }) => {
  await gotoReady(page, '/zh/errors/31/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/zh\/errors\/31\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/errors\/31\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh\/errors\/31\/$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('/ sends the visitor to the Chinese site', async ({ page }) => {
    await gotoReady(page, '/');
    await expect(page).toHaveURL(/\/zh\/$/);
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });
  test('/ sends the visitor to the English site', async ({ page }) => {
    await gotoReady(page, '/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/ is a plain page with one link per language', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-language-choice] a[href="/en/"]')).toBeVisible();
    await expect(page.locator('[data-language-choice] a[href="/zh/"]')).toBeVisible();
  });
});
