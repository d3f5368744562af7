import { expect, locales, test, ui } from './fixtures.ts';

const odbc18 = "pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate] (-1) (SQLDriverConnect)')";

for (const lang of locales) {
  test(`a pasted ODBC 18 error reaches the certificate scenarios within two answers (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/wizard/`);
    await page.locator('#wizard-paste').fill(odbc18);
    await page.getByRole('button', { name: ui[lang]['wizard.pasteSubmit'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/wizard/not-trusted/odbc-18/\\?inferred=2`));
    await expect(page.locator('[data-wizard-notices] .notice')).toBeVisible();
    await expect(page.locator('[data-answer-index].inferred')).toHaveCount(2);
    await page.locator('a[data-wizard-choice]').first().click();
    const outcome = page.locator('[data-wizard-outcome]');
    await expect(outcome).toBeVisible();
    const slugs = await outcome.locator('[data-outcome-scenario]').evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome-scenario')));
    expect(slugs.some((s) => s === 'untrusted-certificate' || s === 'encrypt-default-change')).toBe(true);
    await expect(outcome.locator('a[href*="/scenarios/"]').first()).toHaveAttribute('href', new RegExp(`^/${lang}/scenarios/[a-z-]+/\\?driver=odbc`));
  });
}

test('a pasted @@VERSION answers the build question', async ({ page }) => {
  await page.goto('/en/wizard/forcibly-closed/always/tls-hardening/');
  await expect(page.locator('[data-build-table]')).toBeVisible();
  await page.goto('/en/wizard/');
  await page.locator('#wizard-paste').fill('An existing connection was forcibly closed by the remote host.\nMicrosoft SQL Server 2014 - 12.0.2000.8 (X64)');
  await page.getByRole('button', { name: ui.en['wizard.pasteSubmit'] }).click();
  await expect(page).toHaveURL(/\/en\/wizard\/forcibly-closed\/\?inferred=1.*build=12\.0\.2000\.8/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole wizard walks from the start to an outcome with plain links', async ({ page }) => {
    await page.goto('/en/wizard/');
    for (const choice of ['forcibly-closed', 'always', 'tls-hardening', 'lacks-tls12']) {
      await page.locator(`a[data-wizard-choice][href$="/${choice}/"]`).click();
    }
    await expect(page).toHaveURL(/\/en\/wizard\/forcibly-closed\/always\/tls-hardening\/lacks-tls12\/$/);
    await expect(page.locator('[data-wizard-outcome] a[href^="/en/scenarios/tls-version-mismatch/"]').first()).toBeVisible();
    await expect(page.locator('.wizard-answers li')).toHaveCount(4);
  });

  test('every step page offers real links to the next steps', async ({ page }) => {
    // Walks about a hundred pages: give it room on a busy 2-core machine.
    test.setTimeout(120_000);
    const queue = ['/zh/wizard/'];
    const seen = new Set(queue);
    let outcomes = 0;
    while (queue.length) {
      const url = queue.shift()!;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      const choices = await page.locator('a[data-wizard-choice]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      if (!choices.length) {
        await expect(page.locator('[data-wizard-outcome] a[href*="/scenarios/"]').first(), url).toBeVisible();
        outcomes++;
      }
      for (const href of choices) if (!seen.has(href)) (seen.add(href), queue.push(href));
    }
    expect(outcomes).toBeGreaterThan(10);
  });
});

test('back, forward and reload keep the step; Back matches browser back', async ({ page }) => {
  await page.goto('/en/wizard/');
  await page.locator('a[data-wizard-choice][href$="/not-trusted/"]').click();
  await page.locator('a[data-wizard-choice][href$="/older-driver/"]').click();
  await expect(page.locator('[data-wizard-outcome]')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\/$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/older-driver\/$/);
  await page.reload();
  await expect(page.locator('[data-wizard-outcome]')).toBeVisible();
  await page.getByRole('link', { name: ui.en['wizard.back'] }).click();
  await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\/$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/older-driver\/$/);
});

test('a garbage or stale wizard link lands on the nearest valid step with a notice', async ({ page, consoleErrors }) => {
  await page.goto('/en/wizard/not-trusted/no-longer-exists/%3Cscript%3E/');
  await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\/\?stale=1$/);
  await expect(page.locator('[data-wizard-notices] .notice')).toHaveText(ui.en['wizard.staleNotice']!);
  await expect(page.locator('a[data-wizard-choice]').first()).toBeVisible();
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('status of 404')));
});

test('the outcome copies a ticket link and a summary', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/wizard/principal-name/');
  await page.getByRole('button', { name: ui.en['wizard.copyLink'] }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByRole('button', { name: ui.en['wizard.copySummary'] }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain('/en/scenarios/certificate-name-mismatch/');
  expect(summary.trim().split('\n').at(-1)).toBe(page.url());
});

test('the map links every box to its step', async ({ page }) => {
  await page.goto('/en/wizard/map/');
  const links = page.locator('svg.wizard-map a');
  expect(await links.count()).toBeGreaterThan(25);
  await page.locator('.map-outline a[href="/en/wizard/"]').first().click();
  await expect(page.locator('a[data-wizard-choice]').first()).toBeVisible();
});
