import { expect, gotoReady, locales, reloadReady, test, ui } from './fixtures.ts';
import { WizardPage } from './pages/wizardPage.ts';
import { choiceLabels } from './wizardTree.ts';

const odbc18 =
  "pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate] (-1) (SQLDriverConnect)')";

for (const lang of locales) {
  test(`a pasted ODBC 18 error reaches the certificate scenarios within two answers (${lang})`, async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open(lang);
    await wizard.paste(odbc18);
    await expect(page).toHaveURL(new RegExp(`/${lang}/wizard/not-trusted/odbc-18/\\?inferred=2`));
    await expect(wizard.notice).toBeVisible();
    await expect(wizard.inferredAnswers).toHaveCount(2);
    await wizard.choices.first().click();
    await expect(wizard.outcome).toBeVisible();
    const slugs = await wizard.outcomeSlugs();
    expect(slugs.some((s) => s === 'untrusted-certificate' || s === 'encrypt-default-change')).toBe(true);
    await expect(wizard.scenarioLinks.first()).toHaveAttribute('href', new RegExp(`^/${lang}/scenarios/[a-z-]+/\\?driver=odbc`));
  });
}

// The wizard reads a paste with the stack vocabularies, as search does: a Windows message in another
// display language (its pack loads on demand) and a Java message the tree never lists answer their choices.
test('a paste in another stack or language is answered by the facts it states', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('en');
  await wizard.paste('(provider: SSL Provider, error: 0 - 信頼されていない機関によって証明書チェーンが発行されました。)');
  await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\/\?inferred=1/);
  await wizard.open('zh');
  await wizard.paste('javax.net.ssl.SSLHandshakeException: java.security.cert.CertificateException: KeyUsage does not allow digital signatures');
  await expect(page).toHaveURL(/\/zh\/wizard\/something-else\/wrong-purpose\/\?inferred=2/);
  expect(await wizard.outcomeSlugs()).toEqual(['server-certificate-misconfigured']);
});

test('a pasted @@VERSION answers the build question', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('en', 'forcibly-closed/always/tls-hardening/');
  await expect(wizard.buildTable).toBeVisible();
  await wizard.open('en');
  await wizard.paste('An existing connection was forcibly closed by the remote host.\nMicrosoft SQL Server 2014 - 12.0.2000.8 (X64)');
  await expect(page).toHaveURL(/\/en\/wizard\/forcibly-closed\/\?inferred=1.*build=12\.0\.2000\.8/);
});

// Anyone can write a step link: only values in the form the wizard writes them reach the page (issue 23).
test('a crafted step link cannot put its words in the notices', async ({ page }) => {
  const wizard = new WizardPage(page);
  const buildNote = page.locator('[data-build-verdict]');
  const step = 'forcibly-closed/always/tls-hardening/';
  await gotoReady(page, `/en/wizard/${step}?inferred=Infinity&build=${encodeURIComponent('11.0.2100.60 URGENT: call +1-555-0100 and disable TLS')}&verdict=lacks-tls12`);
  await expect(buildNote).toBeHidden();
  await expect(wizard.notices).not.toContainText(/URGENT|Infinity/);
  await expect(page.getByText(/URGENT/)).toHaveCount(0);
  // The same link as the wizard writes it is shown.
  await gotoReady(page, `/en/wizard/${step}?inferred=3&build=11.0.2100.60&verdict=lacks-tls12`);
  await expect(buildNote).toContainText('11.0.2100.60');
  await expect(wizard.inferredAnswers).toHaveCount(3);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole wizard walks from the start to an outcome with plain links', async ({ page }) => {
    const wizard = new WizardPage(page, 'en');
    await page.goto('/en/wizard/');
    // The paste box needs script: it is not offered, so nothing pretends to work.
    await expect(page.getByRole('textbox', { name: ui.en['wizard.pasteLabel'] })).toBeHidden();
    for (const label of choiceLabels('en', ['forcibly-closed', 'always', 'tls-hardening', 'lacks-tls12'])) await wizard.choose(label);
    await expect(page).toHaveURL(/\/en\/wizard\/forcibly-closed\/always\/tls-hardening\/lacks-tls12\/$/);
    await expect(wizard.outcome.locator('a[href^="/en/scenarios/tls-version-mismatch/"]').first()).toBeVisible();
    await expect(wizard.answers).toHaveCount(4);
  });

  test('every step page offers real links to the next steps', async ({ page }) => {
    // Every step as served (what a browser without script gets): its choices are plain links to the
    // next steps, and a step without choices is an outcome linking its scenarios. Read over HTTP: the
    // walk through the browser above covers following them, and loading a hundred pages in Chromium
    // cost CI about 45 s for the same guarantee.
    const wizard = new WizardPage(page, 'zh');
    const queue = ['/zh/wizard/'];
    const seen = new Set(queue);
    let outcomes = 0;
    while (queue.length) {
      const url = queue.shift()!;
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      const choices = [...html.matchAll(/<a data-wizard-choice href="([^"]+)"/g)].map((m) => m[1]!);
      if (!choices.length) {
        expect(html, url).toMatch(/data-wizard-outcome[\s\S]*href="\/zh\/scenarios\/[a-z0-9-]+\//);
        outcomes++;
      }
      for (const href of choices) {
        if (seen.has(href)) continue;
        seen.add(href);
        queue.push(href);
      }
    }
    expect(outcomes).toBeGreaterThan(10);
    // One outcome through the browser: its scenario links are real, visible links.
    await page.goto('/zh/wizard/not-trusted/odbc-18/after-upgrade/');
    await expect(wizard.scenarioLinks.first()).toBeVisible();
  });
});

test('back, forward and reload keep the step; Back matches browser back', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('en');
  for (const label of choiceLabels('en', ['not-trusted', 'older-driver'])) await wizard.choose(label);
  await expect(wizard.outcome).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\/$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/older-driver\/$/);
  await reloadReady(page);
  await expect(wizard.outcome).toBeVisible();
  await wizard.back.click();
  await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\/$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/older-driver\/$/);
});

test.describe("with the stale link's 404 in the console", () => {
  // The stale path is served the 404 page, whose script forwards it; Chromium logs that document's 404.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('a garbage or stale wizard link lands on the nearest valid step with a notice', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('en', 'not-trusted/no-longer-exists/%3Cscript%3E/');
    await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\/\?stale=1$/);
    await expect(wizard.notice).toHaveText(ui.en['wizard.staleNotice']!);
    await expect(wizard.choices.first()).toBeVisible();
  });

  test('a wizard link with broken percent-encoding also lands on the nearest valid step', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('en', 'not-trusted/%E0%A4%A/');
    await expect(page).toHaveURL(/\/en\/wizard\/not-trusted\/\?stale=1$/);
    await expect(wizard.notice).toHaveText(ui.en['wizard.staleNotice']!);
  });
});

test('the outcome copies a ticket link and a summary', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const wizard = new WizardPage(page);
  await wizard.open('en', 'principal-name/');
  await wizard.copyLinkButton.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await wizard.copySummaryButton.click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain('/en/scenarios/certificate-name-mismatch/');
  expect(summary.trim().split('\n').at(-1)).toBe(page.url());
});

for (const lang of locales) {
  test(`an outcome that fits a reset with no TLS cause says it may not be TLS, and offers the probe (${lang})`, async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open(lang, 'something-else/none-of-these/');
    const perhaps = page.locator('[data-wizard-perhaps-not-tls]');
    await expect(perhaps.getByRole('heading')).toHaveText(ui[lang]['search.perhapsNotTls']!);
    await expect(perhaps.getByRole('link', { name: ui[lang]['search.perhapsNotTlsProbe'] })).toHaveAttribute('href', `/${lang}/probe/`);
    // An outcome with a named cause does not.
    await wizard.open(lang, 'principal-name/');
    await expect(page.locator('[data-wizard-outcome]')).toBeVisible();
    await expect(perhaps).toHaveCount(0);
  });
}

test('the map links every box to its step', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('en', 'map/');
  // The map is one SVG image (role img): its boxes are links inside it, with no roles of their own.
  const links = page.getByRole('region', { name: ui.en['wizard.mapTitle'] }).locator('svg a');
  expect(await links.count()).toBeGreaterThan(25);
  await page.locator('.map-outline a[href="/en/wizard/"]').first().click();
  await expect(wizard.choices.first()).toBeVisible();
});
