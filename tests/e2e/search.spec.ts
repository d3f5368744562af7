import { expect, gotoReady, locales, test, ui } from './fixtures.ts';
import { SearchPage } from './pages/searchPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

const odbc18 =
  "pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate] (-1) (SQLDriverConnect)')";
const principalName = '(provider: SSL Provider, error: 0 - The target principal name is incorrect.)';
const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, String(value)), template);

test('paste in the header box, land on results, open the scenario', async ({ page }) => {
  await gotoReady(page, '/en/');
  const box = page.getByRole('search', { name: ui.en['search.siteSearch'] }).getByRole('searchbox');
  await box.fill(odbc18);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=/);
  const search = new SearchPage(page, 'en');
  await search.waitForAnswer();
  await expect(search.firstResultLink).toHaveAttribute('href', /\/en\/scenarios\/(untrusted-certificate|encrypt-default-change)\/\?driver=odbc$/);
  await expect(search.reasons(search.results.first()).first()).toBeVisible();
  await search.firstResultLink.click();
  await expect(page).toHaveURL(/\/en\/scenarios\/(untrusted-certificate|encrypt-default-change)\/\?driver=odbc$/);
  // Every ODBC tab label on these pages names ODBC (content/scenarios), and ?driver=odbc selects them.
  await expect(page.getByRole('tab', { name: /ODBC/, selected: true }).first()).toBeVisible();
});

for (const lang of locales) {
  test(`?q= deep link answers in ${lang}`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open(lang, principalName);
    await search.waitForAnswer();
    await expect(search.firstResultLink).toHaveAttribute('href', new RegExp(`/${lang}/scenarios/certificate-name-mismatch/`));
    await expect(search.status).toContainText(/\d/);
  });
}

test('a localized Chinese message finds its scenario', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('zh', '连接超时时间已到。在尝试使用预登录握手确认时超过了此超时时间。');
  await expect(search.firstResultLink).toHaveAttribute('href', /\/zh\/scenarios\/network-reset\//);
});

test('results follow typing and the URL follows the query', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('en');
  await search.box.fill('PKIX path building failed');
  await expect(search.results.first()).toBeVisible();
  await search.waitForAnswer();
  await expect(page).toHaveURL(/q=PKIX\+path\+building\+failed/);
  await search.box.fill('');
  await expect(search.results).toHaveCount(0);
  await expect(search.emptyState).toBeVisible();
});

test('text with no match shows a helpful empty state', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('en', 'zzqx qqqzz');
  await search.waitForAnswer();
  await expect(search.emptyState).toBeVisible();
  await expect(search.emptyState.getByText(ui.en['search.noMatch']!, { exact: true })).toBeVisible();
  // The way out: a common error, linked by its address.
  await expect(search.emptyState.locator('a[href="/en/errors/31/"]')).toBeVisible();
});

test('a query longer than 8 KB in the link is cut with a visible notice', async ({ page }) => {
  const long = `(provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed) ${'abcdefghij'.repeat(900)}`;
  const search = new SearchPage(page);
  await search.open('en', long);
  await expect(search.notice.first()).toHaveText(fill(ui.en['search.queryCut']!, { max: 8192 }));
  await expect(search.box).toHaveValue(long.slice(0, 8192));
  await expect(search.results.first()).toBeVisible();
});

test('a 1 MB paste is held aside and answered whole: the box shows its start and says how much came', async ({ page }) => {
  // How long the main thread is busy meanwhile is a benchmark, not a test: npm run bench:paste.
  const search = new SearchPage(page);
  await search.open('en');
  const paste = `(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.) ${'at Frame.Method() '.repeat(60000)}`;
  await search.box.evaluate((box, paste) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', paste);
    (box as HTMLTextAreaElement).focus();
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, paste);
  await expect(search.resultList).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(search.firstResultLink).toHaveAttribute('href', /\/en\/scenarios\/(untrusted-certificate|encrypt-default-change)\//);
  // The skipped middle is said (the whole paste was read), and so is what the box shows.
  await expect(search.notices).toContainText(/\d/);
  const held = page.locator('[data-held-paste]');
  await expect(held).toBeVisible();
  await expect(held).toContainText('1,080,');
  expect(await search.box.evaluate((box) => (box as HTMLTextAreaElement).value.length)).toBe(4000);
  // Editing the box lets the held paste go: what the box holds is what is read again.
  await search.box.press('End');
  await search.box.pressSequentially(' x');
  await expect(held).toBeHidden();
});

test('a text that fits several scenarios about equally offers the wizard, which starts from the same text', async ({ page }) => {
  const message =
    'A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)';
  const search = new SearchPage(page);
  await search.open('en', message);
  await expect(search.results).not.toHaveCount(1);
  await expect(search.wizardLink).toBeVisible();
  await search.wizardLink.click();
  // The paste answered the first question(s): the wizard opens further in, and says what it inferred.
  await expect(page).toHaveURL(/\/en\/wizard\/[a-z0-9-]+\/.*\?inferred=[1-9]/);
  await expect(new WizardPage(page).notice).not.toHaveCount(0);
  // The start page was replaced, so Back returns to the results.
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/search\/\?q=/);

  // A text that points at one scenario gets no such offer.
  await search.open('en', principalName);
  await search.waitForAnswer();
  await expect(search.results.first()).toBeVisible();
  await expect(search.wizardLink).toBeHidden();
});

test('a text that names no cause offers the wizard to find it, in both languages', async ({ page }) => {
  const search = new SearchPage(page);
  for (const lang of locales) {
    await search.open(lang, 'handshake problem after moving the server');
    await expect(search.results.first()).toBeVisible();
    await expect(page.getByText(ui[lang]['search.wizardHintVague']!)).toBeVisible();
    await expect(search.wizardLink).toBeVisible();
  }
});

const payloads = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss=1">',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  "\u202Eevil\u202C <b>bold</b> \uD800 🙂 ! ^ = ' $ |",
];
const message = 'certificate chain was issued by an authority that is not trusted';
/** Percent-encodes like a browser would: a lone surrogate becomes U+FFFD instead of throwing. */
const toQueryParam = (text: string) => encodeURIComponent(text.toWellFormed());

async function expectRenderedAsText(search: SearchPage) {
  await search.waitForAnswer();
  expect(await search.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // Nothing the user typed became an element: results and notices hold only our own markup.
  await expect(search.markupFromQuery).toHaveCount(0);
  await expect(search.results.first()).toBeVisible();
}

for (const payload of payloads) {
  const name = JSON.stringify(payload).slice(0, 40);
  test(`a hostile query in ?q= renders as text: ${name}`, async ({ page }) => {
    const search = new SearchPage(page);
    // Encoded here, not by open(): a lone surrogate would make encodeURIComponent throw.
    await gotoReady(page, `/en/search/?q=${toQueryParam(`${payload} ${message}`)}`);
    await expectRenderedAsText(search);
  });

  test(`a hostile query typed in the box renders as text: ${name}`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('en');
    await search.box.fill(`${payload} ${message}`);
    await expectRenderedAsText(search);
  });
}

test('a ?q= link shows its query and a busy list at once, then the answer', async ({ page }) => {
  // Hold the index back, as a slow phone link would: the page must not show the start-here list meanwhile.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/search-index.json', async (route) => {
    await held;
    await route.continue();
  });
  const query = 'PKIX path building failed';
  const search = new SearchPage(page);
  await search.open('en', query, { waitUntil: 'domcontentloaded' });
  await expect(search.box).toHaveValue(query);
  await expect(search.status).toHaveText(ui.en['search.loading']!);
  await expect(search.resultList).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { name: ui.en['home.commonErrors'] })).toBeHidden();
  release();
  await search.waitForAnswer();
  // Java's certification-path failure names the JDBC driver: the scenario opens on its fix.
  await expect(search.firstResultLink).toHaveAttribute('href', /\/en\/scenarios\/[a-z-]+\/\?driver=jdbc$/);
});

test.describe('when the search index cannot be used', () => {
  // Chromium logs the failed download of the index; that is the point of these tests.
  test.use({ expectedConsoleErrors: [/status of 503/] });

  test('an index that fails to load is reported, and the next query tries again', async ({ page }) => {
    let failures = 1;
    await page.route('**/search-index.json', (route) => (failures-- > 0 ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    const search = new SearchPage(page);
    await search.open('en', 'PKIX path building failed');
    await expect(page.getByText(ui.en['search.failed']!)).toBeVisible();
    await search.waitForAnswer();
    await search.box.fill('certificate verify failed');
    await expect(search.results.first()).toBeVisible();
    await search.waitForAnswer();
  });

  test('an index the search worker cannot read is reported, and the next query tries again', async ({ page }) => {
    let corrupt = true;
    await page.route('**/search-index.json', (route) => (corrupt ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"lang":' }) : route.continue()));
    const search = new SearchPage(page);
    await search.open('en', 'PKIX path building failed');
    await expect(page.getByText(ui.en['search.failed']!)).toBeVisible();
    await search.waitForAnswer();
    corrupt = false;
    await search.box.fill('certificate verify failed');
    await expect(search.results.first()).toBeVisible();
    await expect(page.getByText(ui.en['search.failed']!)).toBeHidden();
  });
});

for (const lang of locales) {
  test(`a failure outside the handshake is said first, not ranked as TLS scenarios (${lang})`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open(lang, "Login failed for user 'sa'. (Microsoft SQL Server, Error: 18456)");
    const outOfScope = page.locator('[data-search-out-of-scope]');
    await expect(outOfScope).toBeVisible();
    await expect(outOfScope.getByRole('heading')).toHaveText(ui[lang]['search.outOfScope']!);
    await expect(outOfScope).toContainText(ui[lang]['oos.login-failed']!);
    await expect(search.results).toHaveCount(0);
    // A connect timer that covers the whole connection does not rule TLS out: said as "nothing shows a
    // handshake yet", with what to check first, and the scenario of a handshake that hangs below.
    await search.box.fill('SQLSTATE[HYT00]: [unixODBC][Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired');
    await expect(outOfScope.getByRole('heading')).toHaveText(ui[lang]['search.outOfScopeInconclusive']!);
    await expect(outOfScope).toContainText(ui[lang]['oos.connect-timeout']!);
    await expect(search.firstResultLink).toHaveAttribute('href', new RegExp(`/${lang}/scenarios/network-reset/`));
  });

  test(`a text that says only that the connection ended offers "perhaps not TLS", and the probe, after the likeliest scenarios (${lang})`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open(lang, 'SQL Error [08S01]: Connection reset ClientConnectionId:997643a9-d4ed-447e-9716-3fbc0c349be6');
    const perhaps = page.locator('[data-search-perhaps-not-tls]');
    await expect(perhaps.getByRole('heading')).toHaveText(ui[lang]['search.perhapsNotTls']!);
    await expect(search.results.nth(3)).toHaveAttribute('data-search-perhaps-not-tls', '');
    await expect(perhaps.getByRole('link', { name: ui[lang]['search.perhapsNotTlsProbe'] })).toHaveAttribute('href', `/${lang}/probe/`);
    // A text that names its TLS cause does not get it.
    await search.box.fill(principalName);
    await expect(search.firstResultLink).toHaveAttribute('href', new RegExp(`/${lang}/scenarios/certificate-name-mismatch/`));
    await expect(perhaps).toHaveCount(0);
  });

  test(`an error number links its error page above the results (${lang})`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open(lang, 'SSL Provider, error: 31');
    const link = page.locator('a[data-search-error-page]');
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `/${lang}/errors/31/`);
    // Its words are the error page's title, which the search page carries (the index has only the codes).
    await expect(link).toHaveText(/^SSL Provider .*31.*handshake failed/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/errors/31/$`));
  });
}

test('a message in another Windows language loads its language pack and ranks the scenario it states', async ({ page }) => {
  const search = new SearchPage(page);
  const packs: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/lexicon/')) packs.push(new URL(request.url()).pathname);
  });
  await search.open('en', '(provider: Proveedor de SSL, error: 0 - La cadena de certificación fue emitida por una entidad en la que no se confía.)');
  await expect(search.firstResultLink).toHaveAttribute('href', /\/en\/scenarios\/untrusted-certificate\//);
  // Its pack, and at most a neighbour that marks itself with the same accented letter (ó, í): a letter
  // marks most of a language's messages in one marker, which keeps every paste's download small.
  expect(packs).toContain('/lexicon/es.json');
  expect(packs.length).toBeLessThanOrEqual(2);
});

test('a paste that carries evidence never downloads fuzzy matching; a typed query does', async ({ page }) => {
  const search = new SearchPage(page);
  const words: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-words.json')) words.push(request.url());
  });
  await search.open('en', odbc18);
  await expect(search.results.first()).toBeVisible();
  expect(words).toEqual([]);
  // A misspelt typed query is matched by wording, which arrives with the words file.
  const wordsArrive = page.waitForRequest(/search-words\.json/);
  await search.box.fill('revocaton server offline');
  await wordsArrive;
  await expect(search.firstResultLink).toHaveAttribute('href', /certificate-revoked/);
});

test('a paste over the link limit in the header box opens the search with the whole text', async ({ page }) => {
  await gotoReady(page, '/en/scenarios/untrusted-certificate/');
  const paste = `(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.) ${'at Frame.Method() '.repeat(1500)}`;
  const box = page.locator('#header-search-input');
  // With script the box takes the whole paste (no maxlength); the link carries the first 8,192 characters.
  await box.fill(paste);
  await expect(box).toHaveValue(paste);
  await box.press('Enter');
  await page.waitForURL(/\/en\/search\/\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toHaveLength(8192);
  const search = new SearchPage(page);
  await expect(search.box).toHaveValue(paste);
  await expect(search.firstResultLink).toHaveAttribute('href', /untrusted-certificate/);
  await expect(search.notices).toContainText(fill(ui.en['search.urlCut']!, { max: 8192 }));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header box caps a paste at the link limit instead of sending a link no server accepts', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('#header-search-input')).toHaveAttribute('maxlength', '8192');
    await expect(page.locator('#search-query, [name="q"]').first()).toHaveAttribute('maxlength', '8192');
  });
});

test('the wizard reads at most the link limit from a handed-over ?q=', async ({ page }) => {
  const wizard = new WizardPage(page, 'en');
  const long = `${odbc18} ${'x'.repeat(20000)}`;
  await page.goto(`/en/wizard/?q=${encodeURIComponent(long)}`);
  await page.waitForURL(/\/en\/wizard\/.+\?inferred=/);
  await expect(wizard.choices.first()).toBeVisible();
});
