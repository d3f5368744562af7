import { expect, test, ui } from './fixtures.ts';

const page_ = '/en/scenarios/untrusted-certificate/';
const fix = '#fix-trust-server-certificate-dev-only';

test('?driver= opens that driver tab in every fix, and picking a tab updates the link', async ({ page }) => {
  await page.goto(`${page_}?driver=jdbc`);
  const group = page.locator(`${fix} [data-driver-tabs]`);
  await expect(group.getByRole('tab', { name: 'JDBC' })).toHaveAttribute('aria-selected', 'true');
  await expect(group.locator('.driver-panel[data-driver="jdbc"]')).toBeVisible();
  await expect(group.locator('.driver-panel[data-driver="mds"]')).toBeHidden();

  await group.getByRole('tab', { name: ui.en['driver.odbc'] ?? 'ODBC' }).or(group.locator('[role="tab"][data-driver="odbc"]')).first().click();
  await expect(page).toHaveURL(/[?&]driver=odbc/);
  // The choice applies to every driver switcher on the page.
  await expect(page.locator('[role="tab"][data-driver="odbc"][aria-selected="true"]')).toHaveCount(await page.locator('[data-driver-tabs]:has([data-driver="odbc"])').count());
});

test('arrow keys move between driver tabs', async ({ page }) => {
  await page.goto(page_);
  const tabs = page.locator(`${fix} [role="tab"]`);
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('copy buttons copy the code block', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${page_}?driver=jdbc`);
  const panel = page.locator(`${fix} .driver-panel[data-driver="jdbc"]`);
  await panel.getByRole('button', { name: ui.en['code.copy'] }).click();
  await expect(panel.getByRole('button', { name: ui.en['code.copied'] })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: ui.en['code.copied']! })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await panel.locator('pre code').textContent());
  expect(copied).toContain('trustServerCertificate=true');
});

test('a fix that lowers security shows its warning and links the safer fix', async ({ page }) => {
  await page.goto(page_);
  const warning = page.locator(`${fix} .warning`);
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link')).toHaveAttribute('href', /#fix-/);
});

test('printing shows every driver variant and hides navigation', async ({ page }) => {
  await page.goto(`${page_}?driver=jdbc`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`${fix} .driver-panel[data-driver="mds"]`)).toBeVisible();
  await expect(page.locator(`${fix} [role="tablist"]`)).toBeHidden();
  await expect(page.locator('.site-header nav')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every driver variant is readable and no dead copy button is shown', async ({ page }) => {
    await page.goto(page_);
    for (const panel of await page.locator(`${fix} .driver-panel`).all()) await expect(panel).toBeVisible();
    await expect(page.locator('button[data-copy]:visible')).toHaveCount(0);
  });
});
