import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadAxe, violations } from './axe.ts';
import { expect, gotoReady, locales, test, ui } from './fixtures.ts';
import { SearchPage } from './pages/searchPage.ts';

// A Windows client report (the output of sqltls-client.ps1) read in the browser, on the probe page and in
// search, into the verdict `sqltls client --windows` gives (issue 21). Reports are the committed fixtures.
const fixture = (name: string) => readFileSync(`tests/fixtures/windows-client/${name}`, 'utf8');
const messages = parse(readFileSync('content/probe/messages.yaml', 'utf8')) as Record<string, Record<string, string>>;

for (const lang of locales) {
  test(`the probe page reads a pasted report into findings linked to their scenarios, and nothing leaves the browser (${lang})`, async ({ page, context }) => {
    await loadAxe(context);
    const sent: string[] = [];
    page.on('request', (request) => request.postData() !== null && sent.push(request.url()));
    await gotoReady(page, `/${lang}/probe/`);
    const box = page.getByRole('region', { name: ui[lang]['probe.windowsCheck'] });
    await box.getByRole('textbox', { name: ui[lang]['probe.windowsCheckPaste'] }).fill(fixture('server-2012r2-defaults.json'));
    await box.getByRole('button', { name: ui[lang]['probe.windowsCheckSubmit'] }).click();
    const verdict = box.getByRole('status');
    await expect(verdict).toContainText('Microsoft Windows Server 2012 R2 Standard, 9600');
    const findings = verdict.locator('li[data-finding]');
    await expect(findings).toHaveCount(2);
    await expect(findings.nth(0)).toHaveAttribute('data-finding', 'dotnetStrongCryptoOff');
    await expect(findings.nth(0).getByRole('link').first()).toHaveAttribute('href', `/${lang}/scenarios/tls-version-mismatch/`);
    await expect(findings.nth(1).getByRole('link').first()).toHaveAttribute('href', `/${lang}/scenarios/dhe-leading-zero/`);
    expect(sent).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });

  test(`a report saved by PowerShell (UTF-16LE) is read from the chosen file, and a cut-off one is named as such (${lang})`, async ({ page }) => {
    await gotoReady(page, `/${lang}/probe/`);
    const box = page.getByRole('region', { name: ui[lang]['probe.windowsCheck'] });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture('server-2019-fips-enabled.json'), 'utf16le')]);
    await box.getByLabel(ui[lang]['probe.windowsCheckFile']!).setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: utf16 });
    await expect(box.locator('li[data-finding]')).toHaveCount(1);
    await expect(box.locator('li[data-finding="fipsPolicyOn"] a').first()).toHaveAttribute('href', `/${lang}/scenarios/fips-mode/`);

    const report = fixture('server-2022-defaults.json');
    await box.getByRole('textbox', { name: ui[lang]['probe.windowsCheckPaste'] }).fill(report.slice(0, report.length / 2));
    await box.getByRole('button', { name: ui[lang]['probe.windowsCheckSubmit'] }).click();
    await expect(box.getByRole('status')).toContainText(messages[lang]!['windows.problem.cutOff']!);
    await expect(box.locator('li[data-finding]')).toHaveCount(0);
  });

  test(`a report pasted into search shows the same verdict, and only its scenarios as results (${lang})`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open(lang);
    await search.box.fill(fixture('pasted-console-session.txt'));
    await search.waitForAnswer();
    const panel = page.getByRole('region', { name: ui[lang]['search.windowsReport'] });
    await expect(panel.locator('li[data-finding]')).toHaveCount(2);
    await expect(panel.locator('li[data-finding="dheLeadingZeroUnfixed"] a').first()).toHaveAttribute('href', `/${lang}/scenarios/dhe-leading-zero/`);
    await expect(search.results).toHaveCount(2);
    await expect(search.firstResultLink).toHaveAttribute('href', new RegExp(`^/${lang}/scenarios/tls-version-mismatch/`));
    // A plain error pasted next hides the report's verdict again.
    await search.box.fill('(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)');
    await search.waitForAnswer();
    await expect(panel).toBeHidden();
  });
}

test('without JavaScript the report box, which needs script, is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/probe/');
  await expect(page.locator('[data-windows-check]')).toBeHidden();
  await context.close();
});
