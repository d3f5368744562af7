import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// The probe page offers the single-file probe first: the file it links is the one whose size and SHA-256
// it shows, and it runs with Node.js and nothing else (the machine's own Node.js when there is one).
for (const lang of locales) {
  test(`the probe page's single file matches its SHA-256 and runs (${lang})`, async ({ page, request }) => {
    await gotoReady(page, `/${lang}/probe/`);
    const link = page.locator('#download a[data-probe-download]');
    await expect(link).toHaveAttribute('href', '/downloads/sqltls.mjs');
    const shown = (await page.locator('[data-probe-sha256]').textContent())?.trim();
    const response = await request.get('/downloads/sqltls.mjs');
    expect(response.ok()).toBe(true);
    const body = await response.body();
    expect(createHash('sha256').update(body).digest('hex')).toBe(shown);
    await expect(page.locator('#download')).toContainText(`${(body.length / 1024).toFixed(1)} KB`);
    const dir = mkdtempSync(join(tmpdir(), 'sqltls-download-'));
    try {
      writeFileSync(join(dir, 'sqltls.mjs'), body);
      const node = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
      const run = spawnSync(node, [join(dir, 'sqltls.mjs'), 'probe', '--help'], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: sqltls probe/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("the probe page's Windows collector downloads as a PowerShell script whose report the single file reads", async ({ page, request }) => {
  await gotoReady(page, '/en/probe/');
  const link = page.locator('a[href="/downloads/sqltls-client.ps1"]').first();
  await expect(link).toHaveAttribute('href', '/downloads/sqltls-client.ps1');
  const script = await request.get('/downloads/sqltls-client.ps1');
  expect(script.ok()).toBe(true);
  expect(script.headers()['content-disposition']).toContain('attachment');
  const text = await script.text();
  expect(text).toMatch(/^#Requires -Version 3\.0\r\n/);
  expect(text).not.toMatch(/[^\r]\n/);
  // The report it prints (a committed sample) is read by the single file the same page offers.
  const dir = mkdtempSync(join(tmpdir(), 'sqltls-windows-'));
  try {
    writeFileSync(join(dir, 'sqltls.mjs'), await (await request.get('/downloads/sqltls.mjs')).body());
    const run = spawnSync(process.execPath, [join(dir, 'sqltls.mjs'), 'client', '--windows', 'tests/fixtures/windows-client/pasted-console-session.txt'], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/^TLS policy of a Windows client/);
    expect([0, 1]).toContain(run.status);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every "ask the server directly" hint offers the download first', async ({ page }) => {
  await gotoReady(page, '/en/scenarios/untrusted-certificate/');
  const hint = page.locator('.probe-hint');
  await expect(hint.getByRole('link').first()).toHaveAttribute('href', '/en/probe/#download');
  await expect(hint.locator('code')).toHaveText('node sqltls.mjs probe <server>');
});
