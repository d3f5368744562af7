import { readFileSync } from 'node:fs';
import { expect, gotoReady, test, ui } from './fixtures.ts';

const publicIds = JSON.parse(readFileSync('content/public-ids.json', 'utf8')) as { shortLinks: string[] };
const errorOf = (code: string) => {
  const line = readFileSync('dist/_redirects', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`/en/e/${code}/ `));
  return line?.split(' ')[1];
};

test.describe('short links without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every /en/e/<code>/ lands on its error page', async ({ page }) => {
    // A few through the browser, which follows the page's refresh without script; every one by its
    // served page: the refresh names its error page, which answers. (Following all eighty in the
    // browser took about a minute of CI for the same guarantee.)
    for (const code of publicIds.shortLinks.slice(0, 3)) {
      await page.goto(`/en/e/${code}/`);
      await expect(page, code).toHaveURL(new RegExp(`${errorOf(code)}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    for (const code of publicIds.shortLinks) {
      // The preview server answers from _redirects (a 301); a host without redirects serves the page.
      const response = await page.request.get(`/en/e/${encodeURIComponent(code)}/`, { maxRedirects: 0 });
      const target = response.status() === 301 ? response.headers().location : /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(await response.text())?.[1];
      expect(target, code).toBe(errorOf(code));
      const landing = await page.request.get(target!);
      expect(landing.status(), target).toBe(200);
      expect(await landing.text(), target).toContain('<html lang="en"');
    }
  });

  test('Chinese short links stay in Chinese', async ({ page }) => {
    for (const code of ['31', '10054', '0x2746', '0x80090325', '-2146893019']) {
      await page.goto(`/zh/e/${code}/`);
      await expect(page).toHaveURL(/\/zh\/errors\/(31|10054|0x80090325)\/$/);
    }
  });

  test('a link without a language offers both languages', async ({ page }) => {
    await page.goto('/scenarios/untrusted-certificate/');
    await expect(page.locator('[data-language-choice] a[href="/en/scenarios/untrusted-certificate/"]')).toBeVisible();
    await expect(page.locator('[data-language-choice] a[href="/zh/scenarios/untrusted-certificate/"]')).toBeVisible();
  });
});

test.describe('links without a language, with JavaScript', () => {
  test.use({ locale: 'zh-CN' });
  test('open the browser language, keeping query and anchor', async ({ page }) => {
    await gotoReady(page, '/scenarios/untrusted-certificate/?driver=jdbc#fix-trust-ca-java');
    await expect(page).toHaveURL(/\/zh\/scenarios\/untrusted-certificate\/\?driver=jdbc#fix-trust-ca-java$/);
    await gotoReady(page, '/e/0x2746/');
    await expect(page).toHaveURL(/\/zh\/errors\/10054\/$/);
  });

  test('the language chosen with the switch is remembered', async ({ page }) => {
    await gotoReady(page, '/zh/');
    await page.getByRole('link', { name: ui.zh['lang.switch'] }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await gotoReady(page, '/errors/31/');
    await expect(page).toHaveURL(/\/en\/errors\/31\/$/);
    await gotoReady(page, '/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test('copy link on a fix keeps the driver and the anchor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, '/en/scenarios/untrusted-certificate/?driver=jdbc');
  await page
    .getByRole('button', { name: `${ui.en['share.copyLink']}: ` })
    .first()
    .waitFor();
  await page
    .locator('#fix-trust-ca-java')
    .getByRole('button', { name: `${ui.en['share.copyLink']}: ` })
    .click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/en/scenarios/untrusted-certificate/?driver=jdbc#fix-trust-ca-java', page.url()).href);
  // The button keeps its aria-label ("Copy link: <fix>"), so screen readers hear the result from a status region.
  await expect(page.getByRole('status').filter({ hasText: ui.en['share.copied']! })).toHaveCount(1);
});

test('copy for ticket gives title, cause, fixes in brief and the link, in the page language', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, '/zh/scenarios/certificate-name-mismatch/?driver=odbc');
  await page.getByRole('button', { name: ui.zh['share.copyForTicket'] }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  expect(text.startsWith(`**${title}**`)).toBe(true);
  expect(text).toContain(`${ui.zh['share.ticketFixes']}:`);
  expect(text).toContain('/zh/scenarios/certificate-name-mismatch/?driver=odbc#fix-');
  expect(text).not.toContain('{url}');
  expect(text.trim().split('\n').at(-1)).toBe(`${ui.zh['share.ticketLink']}: ${page.url()}`);
});

test("copy for ticket puts the reader's driver's fixes first", async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const firstFix = async () => {
    await page.getByRole('button', { name: ui.en['share.copyForTicket'] }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    return /^1\. .*#(fix-[a-z0-9-]+)\)$/m.exec(text)?.[1];
  };
  await gotoReady(page, '/en/scenarios/untrusted-certificate/');
  expect(await firstFix()).toBe('fix-use-ca-signed-certificate');
  await gotoReady(page, '/en/scenarios/untrusted-certificate/?driver=jdbc');
  expect(await firstFix()).toBe('fix-trust-ca-java');
});

test('a scenario prints as a runbook', async ({ page }) => {
  await gotoReady(page, '/en/scenarios/openssl-security-level/?driver=odbc');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: ui.en['nav.primary'] })).toBeHidden();
  await expect(page.getByRole('search', { name: ui.en['search.siteSearch'] })).toBeHidden();
  await expect(page.getByRole('button', { name: `${ui.en['share.copyLink']}: ` }).first()).toBeHidden();
  // Every panel, found by class: a role locator would skip the hidden ones this must catch.
  for (const panel of await page.locator('.driver-panel').all()) await expect(panel).toBeVisible();
  const wraps = await page
    .locator('pre code')
    .first()
    .evaluate((el) => getComputedStyle(el).whiteSpace);
  expect(wraps).toBe('pre-wrap');
  const after = await page
    .getByRole('region', { name: ui.en['scenario.sources'], exact: true })
    .getByRole('link')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});

test('link previews carry title, description and language', async ({ page }) => {
  await gotoReady(page, '/zh/scenarios/tls-version-mismatch/');
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title!);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
});
