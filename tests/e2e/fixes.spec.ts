import { expect, gotoReady, test, ui } from './fixtures.ts';

const page_ = '/en/scenarios/untrusted-certificate/';
const fix = '#fix-trust-server-certificate-dev-only';
// Every ODBC variant's tab label names ODBC (content/scenarios), whatever else it says.
const odbc = /\bODBC\b/;

test('?driver= opens that driver tab in every fix, and picking a tab updates the link', async ({ page }) => {
  await gotoReady(page, `${page_}?driver=jdbc`);
  // A fix has one driver switcher; its panels are named by their headings (the driver label).
  const group = page.locator(fix);
  await expect(group.getByRole('tab', { name: 'JDBC' })).toHaveAttribute('aria-selected', 'true');
  await expect(group.getByRole('tabpanel', { name: 'JDBC' })).toBeVisible();
  await expect(group.getByRole('tabpanel', { name: ui.en['driver.mds'] })).toBeHidden();

  await group.getByRole('tab', { name: odbc }).click();
  await expect(page).toHaveURL(/[?&]driver=odbc/);
  // The choice applies to every driver switcher on the page.
  const switchersWithOdbc = page.getByRole('tablist').filter({ has: page.getByRole('tab', { name: odbc }) });
  await expect(page.getByRole('tab', { name: odbc, selected: true })).toHaveCount(await switchersWithOdbc.count());
});

test('arrow keys move between driver tabs', async ({ page }) => {
  await gotoReady(page, page_);
  const tabs = page.locator(fix).getByRole('tab');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('copy buttons copy the code block', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, `${page_}?driver=jdbc`);
  const panel = page.locator(fix).getByRole('tabpanel', { name: 'JDBC' });
  await panel.getByRole('button', { name: ui.en['code.copy'] }).click();
  await expect(panel.getByRole('button', { name: ui.en['code.copied'] })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: ui.en['code.copied']! })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await panel.locator('pre code').textContent());
  expect(copied).toContain('trustServerCertificate=true');
});

test('a fix that lowers security shows its warning and links the safer fix', async ({ page }) => {
  await gotoReady(page, page_);
  // The warning is the fix's only note.
  const warning = page.locator(fix).getByRole('note');
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link')).toHaveAttribute('href', /#fix-/);
});

test("the safer fix follows the reader's driver: the Java trust store for JDBC, the named one otherwise", async ({ page }) => {
  const saferLink = () => page.locator(fix).getByRole('note').getByRole('link');
  await gotoReady(page, `${page_}?driver=jdbc`);
  await expect(saferLink()).toHaveAttribute('href', '#fix-trust-ca-java');
  await page.locator(fix).getByRole('tab', { name: odbc }).first().click();
  await expect(saferLink()).toHaveAttribute('href', '#fix-trust-ca-windows');
});

test('printing shows every driver variant, hides navigation and the repeated likely fix, and writes links out in full', async ({ page }) => {
  await gotoReady(page, `${page_}?driver=jdbc`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(fix).getByRole('tabpanel', { name: ui.en['driver.mds'] })).toBeVisible();
  await expect(page.locator(fix).getByRole('tablist')).toBeHidden();
  await expect(page.getByRole('navigation', { name: ui.en['nav.primary'] })).toBeHidden();
  await expect(page.getByRole('navigation', { name: ui.en['scenario.onThisPage'] })).toBeHidden();
  await expect(page.locator('section[data-likely-fix]')).toBeHidden();
  // A link to another page of the site prints with its absolute address (the configured origin).
  const related = page.locator('#related a[href^="/"]').first();
  const printed = await related.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printed).toMatch(/\(https?:\/\/[^/"]+/);
  // Headings stay with what follows them.
  const heading = await page.locator('#fixes-title').evaluate((h) => getComputedStyle(h).breakAfter);
  expect(heading).toBe('avoid');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every driver variant is readable and no dead copy button is shown', async ({ page }) => {
    await page.goto(page_);
    // Every panel, found by class: a role locator would skip the hidden ones this must catch.
    for (const panel of await page.locator(`${fix} .driver-panel`).all()) await expect(panel).toBeVisible();
    // No copy button of any kind ("Copy", "Copy link: …") is shown.
    await expect(page.getByRole('button', { name: ui.en['code.copy'] })).toHaveCount(0);
  });
});
