import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { violations, loadAxe } from './axe.ts';
import { expect, gotoReady, locales, test } from './fixtures.ts';
import { SearchPage } from './pages/searchPage.ts';
import { makeCaAndLeaf, signLeaf } from '../support/testCertificates.ts';

// The certificate check (issue 19) through its page, with certificates made by the openssl CLI.
let dir: string;
const pems: Record<string, string> = {};

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cert-page-'));
  const good = makeCaAndLeaf(dir, 'Page Test CA');
  // The same request signed again with SHA-1.
  const sha1 = signLeaf(dir, 'leaf.csr', 'sha1.pem', 'sha1');
  Object.assign(pems, { ca: good.ca, good: good.leaf, key: good.key, sha1 });
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const lang of locales) {
  test(`a healthy chain says so, and ?host= names are checked (${lang})`, async ({ page }) => {
    await gotoReady(page, `/${lang}/certificate/?host=sql01.contoso.com`);
    await expect(page.locator('input[data-certificate-host]')).toHaveValue('sql01.contoso.com');
    await page.locator('textarea[data-certificate-input]').fill(pems.good! + pems.ca!);
    const findings = page.locator('ol[data-certificate-findings]');
    await expect(findings).toHaveAttribute('aria-busy', 'false');
    await expect(findings.locator('li[data-finding="ok"]')).toHaveCount(1);
    await page.locator('input[data-certificate-host]').fill('sql02.contoso.com');
    await expect(findings.locator('li[data-finding="nameMismatch"][data-scenario="certificate-name-mismatch"]')).toHaveCount(1);
    await expect(findings.locator('li[data-finding="nameMismatch"] a')).toHaveAttribute('href', new RegExp(`^/${lang}/scenarios/certificate-name-mismatch/#fix-`));
  });
}

test('worst first: a SHA-1 leaf without the host, each finding linking its scenario fix', async ({ page }) => {
  await gotoReady(page, '/en/certificate/?host=sql02');
  await page.locator('textarea[data-certificate-input]').fill(pems.sha1!);
  const items = page.locator('ol[data-certificate-findings] > li');
  await expect(items.first()).toHaveAttribute('data-finding', 'nameMismatch');
  await expect(page.locator('li[data-finding="sha1Hash"]')).toHaveAttribute('data-scenario', 'weak-signature-certificate');
  await expect(page.locator('li[data-finding="chainIncomplete"]')).toHaveCount(1);
  // The registry value Certificate wants the thumbprint as hex without spaces.
  await expect(page.locator('[data-certificate-read-list] dd').filter({ hasText: /^[0-9A-F]{40}$/ })).toHaveCount(1);
});

test('a private key pasted by mistake: a prominent warning, never shown back, and the certificate still checked', async ({ page }) => {
  await gotoReady(page, '/en/certificate/');
  await page.locator('textarea[data-certificate-input]').fill(pems.good! + pems.key!);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('li[data-finding]').first()).toBeAttached();
  const shown = await page.locator('[data-certificate-findings], [data-certificate-read], [data-certificate-problems]').allTextContents();
  expect(shown.join('')).not.toMatch(/PRIVATE KEY|MII/);
  // The key does not stay on screen either (screenshots end up in tickets); the certificate does.
  await expect(page.locator('textarea[data-certificate-input]')).not.toHaveValue(/PRIVATE KEY/);
  await expect(page.locator('textarea[data-certificate-input]')).toHaveValue(/BEGIN CERTIFICATE/);
});

test('garbage gets a clear message and no verdict', async ({ page }) => {
  await gotoReady(page, '/zh/certificate/');
  await page.locator('textarea[data-certificate-input]').fill('<img src=x onerror=alert(1)> not a certificate');
  await expect(page.locator('[data-certificate-problems] li')).toHaveCount(1);
  await expect(page.locator('li[data-finding]')).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
});

test('nothing pasted leaves the browser: no request carries the certificate', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await gotoReady(page, '/en/certificate/');
  await page.locator('textarea[data-certificate-input]').fill(pems.good!);
  await expect(page.locator('ol[data-certificate-findings] li')).not.toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const body = pems.good!.split('\n')[3]!;
  expect(requests.filter((r) => r.includes(body) || r.includes(encodeURIComponent(body)))).toEqual([]);
  expect(requests.filter((r) => !r.includes('//127.0.0.1:'))).toEqual([]);
});

test('the page with findings passes axe', async ({ page, context }) => {
  await loadAxe(context);
  await gotoReady(page, '/en/certificate/?host=sql02');
  await page.locator('textarea[data-certificate-input]').fill(pems.sha1!);
  await expect(page.locator('li[data-finding]').first()).toBeAttached();
  expect(await violations(page)).toEqual([]);
});

for (const lang of locales) {
  test(`a certificate pasted into search ranks the scenario of its worst problem first and offers the certificate page (${lang})`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open(lang);
    await search.box.fill(pems.sha1!);
    await search.waitForAnswer();
    await expect(search.firstResultLink).toHaveAttribute('href', new RegExp(`/${lang}/scenarios/weak-signature-certificate/`));
    const offer = page.locator('[data-search-certificate] a');
    await expect(offer).toBeVisible();
    await offer.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/certificate/$`));
    // The certificate came along in this tab's session storage, not in the URL, and is checked at once.
    await expect(page.locator('li[data-finding="sha1Hash"]')).toHaveCount(1);
  });
}

test('the certificate check is linked from the header, the home page and every scenario a finding points to', async ({ page }) => {
  const { findings } = parse(readFileSync('content/certificate/findings.yaml', 'utf8')) as { findings: { scenario: string }[] };
  for (const lang of locales) {
    await page.goto(`/${lang}/`);
    await expect(page.locator(`header a[href="/${lang}/certificate/"]`)).toHaveCount(1);
    await expect(page.locator(`main a[href="/${lang}/certificate/"]`)).toHaveCount(1);
    for (const slug of new Set(findings.map((f) => f.scenario))) {
      await page.goto(`/${lang}/scenarios/${slug}/`);
      await expect(page.locator(`main .certificate-hint a[href="/${lang}/certificate/"]`), slug).toHaveCount(1);
    }
  }
});

test('a long paste (a certificate at the end of a log) is held aside, read whole, and its private key still dropped', async ({ page }) => {
  await gotoReady(page, '/en/certificate/');
  const log = '2026-12-06 12:00:00 a log line without a certificate\n'.repeat(2000);
  const paste = `${log}${pems.key!}${pems.sha1!}`;
  await page.locator('textarea[data-certificate-input]').evaluate((box, paste) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', paste);
    (box as HTMLTextAreaElement).focus();
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, paste);
  await expect(page.locator('[data-held-paste]')).toBeVisible();
  // The certificate sits past what the box shows: found all the same.
  await expect(page.locator('li[data-finding="sha1Hash"]')).toHaveCount(1);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('textarea[data-certificate-input]')).not.toHaveValue(/PRIVATE KEY/);
});
