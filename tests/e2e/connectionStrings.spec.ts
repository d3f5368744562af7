import AxeBuilder from '@axe-core/playwright';
import { expect, locales, test, ui } from './fixtures.ts';

const page_ = (lang: string) => `/${lang}/scenarios/untrusted-certificate/`;

test('the builder keeps its choice in the URL, and a reload or shared link restores it', async ({ page }) => {
  await page.goto(page_('en'));
  const builder = page.locator('#connection-builder');
  await builder.getByLabel(ui.en['cs.driver']!).selectOption('jdbc');
  await builder.getByLabel(ui.en['cs.intent']!).selectOption('strict');
  await expect(page).toHaveURL(/[?&]cs=jdbc&intent=strict#connection-builder$/);
  await expect(builder.locator('pre code')).toHaveText(/^jdbc:sqlserver:\/\/.*;encrypt=strict;$/);
  await expect(builder.locator('[data-cs-since]')).toContainText('11.2');
  await page.reload();
  await expect(builder.getByLabel(ui.en['cs.driver']!)).toHaveValue('jdbc');
  await expect(builder.getByLabel(ui.en['cs.intent']!)).toHaveValue('strict');
  await expect(builder.locator('pre code')).toContainText('encrypt=strict');
});

test('?driver= from the fix tabs preselects that driver family', async ({ page }) => {
  await page.goto(`${page_('en')}?driver=go`);
  await expect(page.locator('#connection-builder select[name="cs"]')).toHaveValue('go');
});

test('the development-only intent shows its warning; an impossible combination says so', async ({ page }) => {
  await page.goto(`${page_('en')}?cs=mds&intent=trust-dev`);
  const builder = page.locator('#connection-builder');
  await expect(builder.locator('[data-cs-warning]')).toBeVisible();
  await expect(builder.locator('pre code')).toContainText('TrustServerCertificate=True');
  await builder.getByLabel(ui.en['cs.driver']!).selectOption('sds');
  await builder.getByLabel(ui.en['cs.intent']!).selectOption('strict');
  await expect(builder.locator('[data-cs-unsupported]')).toContainText('Microsoft.Data.SqlClient');
  await expect(builder.locator('.code')).toBeHidden();
  await expect(builder.locator('[data-cs-warning]')).toBeHidden();
});

test('an unknown choice in a link gets a notice and the default', async ({ page }) => {
  await page.goto(`${page_('en')}?cs=oracle&intent=validate`);
  await expect(page.locator('[data-cs-notice]')).toContainText('oracle');
  await expect(page.locator('#connection-builder select[name="cs"]')).toHaveValue('mds');
});

test('the copy button copies exactly the generated string', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${page_('en')}?cs=odbc18&intent=hostname`);
  const builder = page.locator('#connection-builder');
  await expect(builder.locator('pre code')).toContainText('HostnameInCertificate=sql01.contoso.com');
  await builder.getByRole('button', { name: ui.en['code.copy'] }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await builder.locator('pre code').textContent());
});

test('without JavaScript the reference page lists every driver and intent, with warnings', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/connection-strings/');
  await expect(page.locator('.cs-intent[id$="-strict"]')).toHaveCount(await page.locator('section.cs-driver').count());
  await expect(page.locator('#jdbc-trust-dev .warning')).toBeVisible();
  await expect(page.locator('#jdbc-certificate pre code')).toContainText('serverCertificate=');
  await expect(page.locator('#sds-strict')).toContainText(ui.en['cs.unsupported']!);
  // The builder links here; the paste check (JavaScript only) stays hidden.
  await page.goto(page_('en'));
  await expect(page.getByRole('link', { name: ui.en['cs.reference'] })).toBeVisible();
  await expect(page.locator('#connection-check')).toBeHidden();
  await context.close();
});

for (const [slug, text, expected] of [
  ['untrusted-certificate', 'Server=sql01.contoso.com;Database=app;User ID=sa;Password=hunter2;Encrypt=True;TrustServerCertficate=True', 'TrustServerCertificate'],
  ['encrypt-default-change', 'Driver={ODBC Driver 18 for SQL Server};Server=sql01.contoso.com;Database=app', '18.0'],
  ['certificate-name-mismatch', 'jdbc:sqlserver://10.0.0.5:1433;databaseName=app;encrypt=true', 'hostNameInCertificate'],
] as const) {
  test(`paste check on ${slug} names the keyword behind the symptom`, async ({ page }) => {
    await page.goto(`/en/scenarios/${slug}/`);
    const check = page.locator('#connection-check');
    await check.getByLabel(ui.en['cs.check.label']!).fill(text);
    await check.getByRole('button', { name: ui.en['cs.check.button'] }).click();
    const result = check.locator('[data-cs-check-result]');
    await expect(result).toContainText(expected);
    await expect(result).not.toContainText('hunter2');
  });
}

test('hostile text in the paste check renders as text and never runs', async ({ page }) => {
  await page.goto(page_('en'));
  const check = page.locator('#connection-check');
  await check.getByLabel(ui.en['cs.check.label']!).fill('Server=<img src=x onerror="window.__xss=1">;Encrypt=<script>window.__xss=1</script>;TrustServerCertificat=\u202Eevil');
  await check.getByRole('button', { name: ui.en['cs.check.button'] }).click();
  const result = check.locator('[data-cs-check-result]');
  await expect(result).toContainText('<img src=x');
  expect(await result.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await check.getByLabel(ui.en['cs.check.label']!).fill('');
  await check.getByRole('button', { name: ui.en['cs.check.button'] }).click();
  await expect(result).toContainText(ui.en['cs.msg.empty']!);
});

for (const lang of locales) {
  test(`no axe violations with the builder on a warning and the check answered (${lang})`, async ({ page }) => {
    await page.goto(`${page_(lang)}?cs=tedious&intent=trust-dev`);
    await expect(page.locator('[data-cs-warning]')).toBeVisible();
    await page.locator('#cs-check-input').fill('Server=10.0.0.5;Encrypt=True;Password=x');
    await page.locator('#connection-check button[type="submit"]').click();
    await expect(page.locator('[data-cs-check-result] li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
