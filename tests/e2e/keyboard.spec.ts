import { expect, test, ui } from './fixtures.ts';

test('search by keyboard only: paste, submit, results announced, focus moves to them', async ({ page }) => {
  await page.goto('/en/search/');
  await page.keyboard.press('Tab'); // skip link
  await expect(page.getByRole('link', { name: ui.en['nav.skip'] })).toBeFocused();
  await page.locator('#search-query').focus();
  await page.keyboard.insertText('(provider: SSL Provider, error: 0 - The target principal name is incorrect.)');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: ui.en['search.submit'] }).last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#results-title')).toBeFocused();
  await expect(page.locator('[data-search-status]')).toHaveAttribute('role', 'status');
  await expect(page.locator('[data-search-status]')).toContainText(/\d/);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /\/en\/scenarios\/certificate-name-mismatch\//);
  // Focus is visible.
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/scenarios\/certificate-name-mismatch\//);
});

test('the wizard by keyboard only, from the start to an outcome', async ({ page }) => {
  await page.goto('/en/wizard/');
  for (const choice of ['principal-name']) {
    const link = page.locator(`a[data-wizard-choice][href$="/${choice}/"]`);
    await link.focus();
    await expect(link).toBeFocused();
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('[data-wizard-outcome]')).toBeVisible();
  const back = page.getByRole('link', { name: `← ${ui.en['wizard.back']}` });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/wizard\/$/);
});

test('a pasted error moves focus to the question it lands on and announces what was inferred', async ({ page }) => {
  await page.goto('/en/wizard/');
  await page.locator('#wizard-paste').focus();
  await page.keyboard.insertText('com.microsoft.sqlserver.jdbc.SQLServerException: PKIX path building failed');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('[data-wizard-notices]')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('[data-wizard-notices] .notice')).toBeVisible();
});
