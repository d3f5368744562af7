import { expect, gotoReady, locales, scenarioSlugs, test, ui } from './fixtures.ts';

// Navigation like the documentation sites readers know (issue 20): on a wide screen a rail of every
// scenario grouped by handshake step on the left, and the article's contents on the right, both in view
// as the reader scrolls; on a phone neither takes room from the first screen.
const wide = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

for (const lang of locales) {
  test(`wide screens show every scenario by handshake step, the current one marked, and contents that follow the reader (${lang})`, async ({ page }) => {
    await page.setViewportSize(wide);
    await page.goto(`/${lang}/scenarios/untrusted-certificate/`, { waitUntil: 'domcontentloaded' });
    const rail = page.getByRole('navigation', { name: ui[lang]['nav.rail'] });
    await expect(rail).toBeVisible();
    await expect(rail.getByRole('listitem')).toHaveCount(scenarioSlugs.length);
    const current = rail.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', `/${lang}/scenarios/untrusted-certificate/`);

    // The rail sits left of the article and the contents right of it, from the top of the page.
    const article = (await page.locator('article').boundingBox())!;
    const railBox = (await rail.boundingBox())!;
    const contents = page.getByRole('navigation', { name: ui[lang]['scenario.onThisPage'] });
    const contentsBox = (await contents.boundingBox())!;
    expect(railBox.x + railBox.width).toBeLessThanOrEqual(article.x);
    expect(contentsBox.x).toBeGreaterThan(article.x + article.width / 2);
    expect(contentsBox.y).toBeLessThan(wide.height);

    // Deep in the article (the fixes) both are still on screen. (At the article's very end they leave with it.)
    await page.locator('#fixes').evaluate((section) => window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY));
    for (const nav of [rail, contents]) {
      const box = (await nav.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.y).toBeLessThan(wide.height / 2);
    }
  });

  test(`on a phone the rail stays out and the contents stay in the article (${lang})`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(`/${lang}/scenarios/untrusted-certificate/`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('navigation', { name: ui[lang]['nav.rail'] })).toBeHidden();
    await expect(page.getByRole('navigation', { name: ui[lang]['scenario.onThisPage'] })).toBeVisible();
  });

  test(`the header's search box shows its whole placeholder, on a laptop and a phone (${lang})`, async ({ page }) => {
    for (const size of [{ width: 1366, height: 768 }, phone]) {
      await page.setViewportSize(size);
      await page.goto(`/${lang}/errors/10054/`, { waitUntil: 'domcontentloaded' });
      const box = page.getByRole('search', { name: ui[lang]['search.siteSearch'] }).getByRole('searchbox');
      const fits = await box.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: context.measureText(input.placeholder).width, room };
      });
      expect(fits.text, `placeholder ${fits.text}px in ${fits.room}px`).toBeLessThanOrEqual(fits.room);
    }
  });
}

test('the error pages and the overview carry the rail too, with no page marked current', async ({ page }) => {
  await page.setViewportSize(wide);
  for (const path of ['/en/errors/10054/', '/zh/tls-handshake/']) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const rail = page.getByRole('navigation', { name: ui[path.startsWith('/zh') ? 'zh' : 'en']['nav.rail'] });
    await expect(rail).toBeVisible();
    await expect(rail.locator('[aria-current]')).toHaveCount(0);
  }
});

test("on a phone a fix's driver tabs are one row that scrolls sideways", async ({ page }) => {
  await page.setViewportSize(phone);
  await gotoReady(page, '/en/scenarios/untrusted-certificate/');
  const tabs = page.locator('#fix-trust-server-certificate-dev-only').getByRole('tab');
  expect(await tabs.count()).toBeGreaterThan(4);
  const tops = new Set<number>();
  for (const tab of await tabs.all()) tops.add(Math.round((await tab.boundingBox())!.y));
  expect([...tops]).toHaveLength(1);
  const row = page.locator('#fix-trust-server-certificate-dev-only').getByRole('tablist');
  expect(await row.evaluate((list) => getComputedStyle(list).overflowX)).toBe('auto');
});

test('Chinese pages are set with CJK faces first and a more open line height', async ({ page }) => {
  await page.goto('/zh/scenarios/untrusted-certificate/', { waitUntil: 'domcontentloaded' });
  const lead = page.locator('p.lead');
  const style = await lead.evaluate((p) => ({
    family: getComputedStyle(p).fontFamily,
    lineHeight: parseFloat(getComputedStyle(p).lineHeight),
    size: parseFloat(getComputedStyle(p).fontSize),
  }));
  expect(style.family.startsWith('"PingFang SC"')).toBe(true);
  expect(style.lineHeight / style.size).toBeCloseTo(1.75, 2);
  await page.goto('/en/scenarios/untrusted-certificate/', { waitUntil: 'domcontentloaded' });
  expect(await page.locator('p.lead').evaluate((p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize))).toBeCloseTo(1.6, 2);
});
