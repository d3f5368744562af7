import { loadAxe, violations } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, gotoReady, locales, reloadReady, test, ui } from './fixtures.ts';

const page_ = (lang: string) => `/${lang}/scenarios/untrusted-certificate/`;
// The builder and the paste check are sections named by their headings.
const builderOf = (page: Page, lang: 'en' | 'zh' = 'en') => page.getByRole('region', { name: ui[lang]['cs.title'] });
const checkOf = (page: Page, lang: 'en' | 'zh' = 'en') => page.getByRole('region', { name: ui[lang]['cs.check.title'] });

test('the builder keeps its choice in the URL, and a reload or shared link restores it', async ({ page }) => {
  await gotoReady(page, page_('en'));
  const builder = builderOf(page);
  await builder.getByLabel(ui.en['cs.driver']!).selectOption('jdbc');
  await builder.getByLabel(ui.en['cs.intent']!).selectOption('strict');
  await expect(page).toHaveURL(/[?&]cs=jdbc&intent=strict#connection-builder$/);
  await expect(builder.locator('pre code')).toHaveText(/^jdbc:sqlserver:\/\/.*;encrypt=strict;$/);
  await expect(builder.locator('[data-cs-since]')).toContainText('11.2');
  await reloadReady(page);
  await expect(builder.getByLabel(ui.en['cs.driver']!)).toHaveValue('jdbc');
  await expect(builder.getByLabel(ui.en['cs.intent']!)).toHaveValue('strict');
  await expect(builder.locator('pre code')).toContainText('encrypt=strict');
});

test('?driver= from the fix tabs preselects that driver family', async ({ page }) => {
  await gotoReady(page, `${page_('en')}?driver=go`);
  await expect(builderOf(page).getByLabel(ui.en['cs.driver']!)).toHaveValue('go');
});

test('the development-only intent shows its warning; an impossible combination says so', async ({ page }) => {
  await gotoReady(page, `${page_('en')}?cs=mds&intent=trust-dev`);
  const builder = builderOf(page);
  // The warning is the builder's only note.
  await expect(builder.getByRole('note')).toBeVisible();
  await expect(builder.locator('pre code')).toContainText('TrustServerCertificate=True');
  await builder.getByLabel(ui.en['cs.driver']!).selectOption('sds');
  await builder.getByLabel(ui.en['cs.intent']!).selectOption('strict');
  await expect(builder.locator('[data-cs-unsupported]')).toContainText('Microsoft.Data.SqlClient');
  await expect(builder.locator('.code')).toBeHidden();
  await expect(builder.getByRole('note')).toBeHidden();
});

test("an unknown choice in a link gets a notice and the default, never the link's words", async ({ page }) => {
  const crafted = 'URGENT: call +1-555-0100 to disable TLS';
  await gotoReady(page, `${page_('en')}?cs=${encodeURIComponent(crafted)}&intent=validate`);
  const builder = builderOf(page);
  await expect(builder.getByRole('status')).toHaveText(ui.en['cs.unknownChoice']!);
  await expect(page.locator('body')).not.toContainText('555-0100');
  await expect(builder.getByLabel(ui.en['cs.driver']!)).toHaveValue('mds');
});

test('the copy button copies exactly the generated string', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, `${page_('en')}?cs=odbc18&intent=hostname`);
  const builder = builderOf(page);
  await expect(builder.locator('pre code')).toContainText('HostnameInCertificate=sql01.contoso.com');
  await builder.getByRole('button', { name: ui.en['code.copy'] }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await builder.locator('pre code').textContent());
});

test('without JavaScript the reference page lists every driver and intent, with warnings', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/connection-strings/');
  await expect(page.locator('.cs-intent[id$="-strict"]')).toHaveCount(await page.locator('section.cs-driver').count());
  await expect(page.locator('#jdbc-trust-dev').getByRole('note')).toBeVisible();
  await expect(page.locator('#jdbc-certificate pre code')).toContainText('serverCertificate=');
  await expect(page.locator('#sds-strict')).toContainText(ui.en['cs.unsupported']!);
  // The builder links here; the paste check (JavaScript only) stays hidden.
  await page.goto(page_('en'));
  await expect(page.getByRole('link', { name: ui.en['cs.reference'] })).toBeVisible();
  await expect(checkOf(page)).toBeHidden();
  await context.close();
});

for (const [slug, text, expected] of [
  ['untrusted-certificate', 'Server=sql01.contoso.com;Database=app;User ID=sa;Password=hunter2;Encrypt=True;TrustServerCertficate=True', 'TrustServerCertificate'],
  ['encrypt-default-change', 'Driver={ODBC Driver 18 for SQL Server};Server=sql01.contoso.com;Database=app', '18.0'],
  ['certificate-name-mismatch', 'jdbc:sqlserver://10.0.0.5:1433;databaseName=app;encrypt=true', 'hostNameInCertificate'],
] as const) {
  test(`paste check on ${slug} names the keyword behind the symptom`, async ({ page }) => {
    await gotoReady(page, `/en/scenarios/${slug}/`);
    const check = checkOf(page);
    await check.getByLabel(ui.en['cs.check.label']!).fill(text);
    await check.getByRole('button', { name: ui.en['cs.check.button'] }).click();
    const result = check.getByRole('status');
    await expect(result).toContainText(expected);
    await expect(result).not.toContainText('hunter2');
  });
}

test('hostile text in the paste check renders as text and never runs', async ({ page }) => {
  await gotoReady(page, page_('en'));
  const check = checkOf(page);
  await check.getByLabel(ui.en['cs.check.label']!).fill('Server=<img src=x onerror="window.__xss=1">;Encrypt=<script>window.__xss=1</script>;TrustServerCertificat=\u202Eevil');
  await check.getByRole('button', { name: ui.en['cs.check.button'] }).click();
  const result = check.getByRole('status');
  await expect(result).toContainText('<img src=x');
  expect(await result.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await check.getByLabel(ui.en['cs.check.label']!).fill('');
  await check.getByRole('button', { name: ui.en['cs.check.button'] }).click();
  await expect(result).toContainText(ui.en['cs.msg.empty']!);
});

for (const lang of locales) {
  test(`no axe violations with the builder on a warning and the check answered (${lang})`, async ({ page }) => {
    await loadAxe(page.context());
    await gotoReady(page, `${page_(lang)}?cs=tedious&intent=trust-dev`);
    await expect(builderOf(page, lang).getByRole('note')).toBeVisible();
    const check = checkOf(page, lang);
    await check.getByLabel(ui[lang]['cs.check.label']!).fill('Server=10.0.0.5;Encrypt=True;Password=x');
    await check.getByRole('button', { name: ui[lang]['cs.check.button'] }).click();
    await expect(check.getByRole('status').getByRole('listitem').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
