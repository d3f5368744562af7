import { formatReport } from '../../src/probe/cli.ts';
import { readProbeContent } from '../../src/probe/readProbeContent.ts';
import { expect, locales, test, ui } from './fixtures.ts';
import { SearchPage } from './pages/searchPage.ts';
import { oldServerReport } from '../support/probeReport.ts';

// A report of `sqltls probe` pasted into search, as the probe prints it: its findings' scenarios are the
// answer, each said to come from the report; a report that found nothing says so instead of guessing.
const content = readProbeContent(process.cwd());
const site = 'https://kb.corp.example';

for (const lang of locales) {
  test(`a pasted probe report answers with its findings' scenarios, and nothing leaves the browser (${lang})`, async ({ page }) => {
    const sent: string[] = [];
    page.on('request', (request) => request.postData() !== null && sent.push(request.url()));
    const search = new SearchPage(page);
    await search.open(lang);
    await search.box.fill(formatReport(oldServerReport(content, ['noTls12', 'dates']), lang, site, content));
    await search.waitForAnswer();
    await expect(search.results).toHaveCount(2);
    await expect(search.firstResultLink).toHaveAttribute('href', new RegExp(`^/${lang}/scenarios/${content.findings.noTls12!.scenario}/`));
    // Under its title in the page's language (the page carries the titles, not the index).
    await expect(search.firstResultLink).toHaveText(content.titles[lang][content.findings.noTls12!.scenario]!);
    await expect(search.results.nth(1).getByRole('link').first()).toHaveAttribute('href', new RegExp(`^/${lang}/scenarios/${content.findings.dates!.scenario}/`));
    await expect(search.reasons(search.results.first())).toHaveText([ui[lang]['search.reason.sqltlsReport']!]);
    await expect(search.wizardLink).toBeHidden();
    expect(sent).toEqual([]);
  });

  test(`a pasted probe report without findings says so (${lang})`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.open(lang);
    await search.box.fill(formatReport(oldServerReport(content, []), lang, site, content));
    await search.waitForAnswer();
    await expect(search.results).toHaveCount(0);
    await expect(search.emptyState).toContainText(ui[lang]['search.sqltlsReportClean']!);
  });
}
