import { expect, gotoReady, test, ui } from './fixtures.ts';
import { WizardPage } from './pages/wizardPage.ts';

// Every page type, including forwarding pages and the 404.
const pageTypes = [
  '/',
  '/en/',
  '/zh/scenarios/untrusted-certificate/?driver=jdbc',
  '/en/errors/10054/',
  '/zh/tls-handshake/',
  '/en/search/?q=SSL%20Provider%2C%20error%3A%2031',
  '/zh/wizard/',
  '/en/wizard/principal-name/',
  '/en/wizard/map/',
  '/en/scenarios/',
  '/zh/errors/',
  '/scenarios/untrusted-certificate/',
  '/404.html',
];

// The header search, in whichever language the page is.
const siteSearch = new RegExp(`^(${ui.en['search.siteSearch']}|${ui.zh['search.siteSearch']})$`);

test.describe('Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = violations;
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  for (const path of pageTypes) {
    test(`${path} declares a strict policy and violates nothing`, async ({ page }) => {
      await gotoReady(page, path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      // Use what the page loads lazily too: search engine, copy buttons.
      const box = page.getByRole('search', { name: siteSearch }).getByRole('searchbox');
      if (await box.count()) await box.focus();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    });
  }
});

test('hostile text in the wizard paste box never runs', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('en');
  await wizard.paste(
    '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script> \u202Eevil javascript:window.__xss=1 certificate chain was issued by an authority that is not trusted',
  );
  await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\//);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // No role for what must not exist: injected images or inline scripts anywhere in the wizard.
  await expect(page.locator('[data-wizard] img, [data-wizard] script:not([src])')).toHaveCount(0);
});

// A link can carry any bytes after `#`: `#%` is not valid percent-encoding, and reading it must not stop
// the page's scripts (the fixture fails the test on the uncaught URIError it used to throw).
test('a malformed #fragment leaves the page scripts working', async ({ page }) => {
  await gotoReady(page, '/en/scenarios/untrusted-certificate/#%');
  await page.getByRole('link', { name: ui.en['lang.switch']! }).first().click();
  await expect(page).toHaveURL(/\/zh\/scenarios\/untrusted-certificate\//);
  // The language switch was remembered by the script that runs after the fragment is read.
  expect(await page.evaluate(() => localStorage.getItem('sqltls.lang'))).toBe('zh');
});
