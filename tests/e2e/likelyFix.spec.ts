import { readdirSync } from 'node:fs';
import { expect, gotoReady, locales, test } from './fixtures.ts';

// The first screen fixes it (issue 20): on every scenario page, in both languages, on a laptop and on a
// phone, the most likely fix (its heading and the first line of its code) starts within 1.5 screens.
const slugs = readdirSync('content/scenarios/en').map((file) => file.replace(/\.mdx?$/, ''));
const screens = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

for (const lang of locales) {
  for (const slug of slugs) {
    test(`${slug} shows its most likely fix within 1.5 screens, on a laptop and a phone (${lang})`, async ({ page }) => {
      // The general version is in the HTML as served: no script is needed to measure it.
      await page.goto(`/${lang}/scenarios/${slug}/`, { waitUntil: 'domcontentloaded' });
      const block = page.locator('section[data-likely-fix]');
      const shown = block.locator('[data-shown]');
      await expect(shown.locator('a[href^="#fix-"]').first()).toBeAttached();
      const late: string[] = [];
      for (const screen of screens) {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        const heading = await block.getByRole('heading', { level: 2 }).boundingBox();
        // A likely fix without code (a step to take in a console) has only its heading to measure.
        const pre = shown.locator('pre').first();
        const code = (await pre.count()) ? await pre.boundingBox() : null;
        const lowest = Math.max(heading?.y ?? Infinity, code?.y ?? 0);
        if (lowest > 1.5 * screen.height) late.push(`on a ${screen.name}: ${Math.round(lowest)} px`);
      }
      expect(late).toEqual([]);
    });
  }
}

test("a ticket link's driver opens that driver's fix, and a driver tab changes it without moving the page", async ({ page }) => {
  await gotoReady(page, '/en/scenarios/untrusted-certificate/?driver=jdbc');
  const shown = page.locator('section[data-likely-fix] [data-shown]');
  await expect(shown).toHaveCount(1);
  await expect(shown.locator('a[href="#fix-trust-ca-java"]').first()).toBeVisible();
  await gotoReady(page, '/en/scenarios/untrusted-certificate/');
  await expect(shown.locator('a[href="#fix-use-ca-signed-certificate"]').first()).toBeVisible();
  // Picking Java in a fix's driver tabs shows Java's likely fix in the same place.
  const block = page.locator('section[data-likely-fix]');
  const before = await block.boundingBox();
  await page.locator('[data-driver-tabs] [role="tab"][data-driver="jdbc"]').first().click();
  await expect(shown.locator('a[href="#fix-trust-ca-java"]').first()).toBeVisible();
  // The tab is far below (the click scrolled there): the block kept its size, so nothing above it moved.
  expect((await block.boundingBox())?.height).toBe(before?.height);
  await gotoReady(page, '/en/scenarios/untrusted-certificate/');
  // The full fix is one link away.
  await shown.locator('a[href="#fix-use-ca-signed-certificate"]').last().click();
  await expect(page).toHaveURL(/#fix-use-ca-signed-certificate$/);
});

test('without JavaScript the general likely fix shows and the other messages open from a disclosure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/scenarios/untrusted-certificate/?driver=jdbc');
  await expect(page.locator('section[data-likely-fix] [data-shown] a[href="#fix-use-ca-signed-certificate"]').first()).toBeVisible();
  const more = page.locator('#symptoms details');
  await expect(more.locator('.error-text').first()).toBeHidden();
  await more.locator('summary').click();
  await expect(more.locator('.error-text').first()).toBeVisible();
  await context.close();
});
