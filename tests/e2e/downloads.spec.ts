import type { Locator } from '@playwright/test';
import { expect, gotoReady, locales, test, ui, type Locale } from './fixtures.ts';

const scenario = (lang: string) => `/${lang}/scenarios/tls-version-mismatch/`;
const fix = '#fix-enable-tls12-schannel';
/** The links in a fix's "Downloads" list that download a file (the download attribute is the point). */
const downloadLinks = (scope: Locator, lang: Locale = 'en') => scope.getByRole('list', { name: ui[lang]['artifact.downloads'] }).locator('a[download]');

for (const lang of locales) {
  test(`a registry fix offers the .reg, PowerShell and rollback files (${lang})`, async ({ page, request }) => {
    await gotoReady(page, scenario(lang));
    const links = downloadLinks(page.locator(fix), lang);
    await expect(links).toHaveCount(3);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(hrefs.map((h) => h.split('/').pop())).toEqual(['enable-tls12.reg', 'enable-tls12.ps1', 'enable-tls12-rollback.reg']);
    // The .reg the page shows is the file it links, byte for byte once decoded.
    const reg = await request.get(hrefs[0]!);
    expect(reg.ok()).toBe(true);
    const bytes = await reg.body();
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const shown = await page.locator(`${fix} .artifact > .code pre code`).first().textContent();
    expect(new TextDecoder('utf-16le').decode(bytes.subarray(2)).replace(/\r\n/g, '\n').trimEnd()).toBe(shown);
  });
}

test('the PowerShell script and rollback load when their panel opens, and copy exactly', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, scenario('en'));
  const panel = page.locator(`${fix} details[data-artifact-files]`);
  await panel.getByText(ui.en['artifact.moreFiles']!).click();
  const script = panel.locator('.code').filter({ hasText: 'enable-tls12.ps1' });
  await expect(script.locator('pre code')).toContainText('SupportsShouldProcess');
  await expect(panel.locator('.code').filter({ hasText: 'enable-tls12-rollback.reg' }).locator('pre code')).toContainText('"Enabled"=-');
  await script.getByRole('button', { name: ui.en['code.copy'] }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('$PSCmdlet.ShouldProcess(');
  expect(copied).toBe(await script.locator('pre code').textContent());
});

test('without JavaScript the download links still work and the script panel stays out of the way', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(scenario('en'));
  await expect(downloadLinks(page.locator(fix))).toHaveCount(3);
  await expect(page.locator(`${fix} details[data-artifact-files]`)).toBeHidden();
  await context.close();
});

test('OpenSSL fixes link their per-process files and show the RHEL commands', async ({ page, request }) => {
  await gotoReady(page, '/en/scenarios/openssl-security-level/');
  const perProcess = downloadLinks(page.locator('#fix-per-process-openssl-conf'));
  await expect(perProcess).toHaveCount(2);
  const file = await request.get((await perProcess.first().getAttribute('href'))!);
  expect(await file.text()).toMatch(/^MinProtocol = TLSv1\nCipherString = DEFAULT@SECLEVEL=0$/m);
  await expect(page.locator('#fix-rhel-legacy-crypto-policy pre code')).toContainText('update-crypto-policies --set LEGACY');
  await expect(downloadLinks(page.locator('#fix-openssl3-system-wide'))).toHaveAttribute('href', /legacy-tls10-openssl3-system-wide\.sh$/);
});
