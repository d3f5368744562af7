import { expect, test, ui } from './fixtures.ts';
import { SearchPage } from './pages/searchPage.ts';
import { WizardPage } from './pages/wizardPage.ts';
import { choiceLabels } from './wizardTree.ts';

test('search by keyboard only: paste, submit, results announced, focus moves to them', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('en');
  await page.keyboard.press('Tab'); // skip link
  await expect(page.getByRole('link', { name: ui.en['nav.skip'] })).toBeFocused();
  await search.box.focus();
  await page.keyboard.insertText('(provider: SSL Provider, error: 0 - The target principal name is incorrect.)');
  await page.keyboard.press('Tab');
  await expect(search.submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(search.resultsHeading).toBeFocused();
  // Announced: search.status is the results' role=status element, so finding it checks the role too.
  await expect(search.status).toContainText(/\d/);
  await page.keyboard.press('Tab');
  // Whatever has focus, found by focus alone: the first result link is expected there.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /\/en\/scenarios\/certificate-name-mismatch\//);
  // Focus is visible.
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/scenarios\/certificate-name-mismatch\//);
});

test('the wizard by keyboard only, from the start to an outcome', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('en');
  for (const label of choiceLabels('en', ['principal-name'])) {
    const link = wizard.choice(label);
    await link.focus();
    await expect(link).toBeFocused();
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
  }
  await expect(wizard.outcome).toBeVisible();
  await wizard.back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/wizard\/$/);
});

test('a pasted error moves focus to the question it lands on and announces what was inferred', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('en');
  await wizard.pasteBox.focus();
  await page.keyboard.insertText('com.microsoft.sqlserver.jdbc.SQLServerException: PKIX path building failed');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(wizard.question).toBeFocused();
  // The notices are a polite live region: that is how the inferred answers are announced.
  await expect(wizard.notices).toHaveAttribute('aria-live', 'polite');
  await expect(wizard.notice).toBeVisible();
});
