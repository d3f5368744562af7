import type { Locator, Page } from '@playwright/test';
import { expect, gotoReady, ui, type Locale } from '../fixtures.ts';

/**
 * The search page (/<lang>/search/), reached the way a reader reaches it: by role, label and the UI
 * strings. The few CSS locators left name the page's data-attribute contract or parts with no role.
 */
export class SearchPage {
  constructor(
    readonly page: Page,
    public lang: Locale = 'en',
  ) {}

  /** Opens the page, with `query` in ?q= if given, once its scripts have run. */
  async open(lang: Locale, query?: string, options?: Parameters<Page['goto']>[1]) {
    this.lang = lang;
    const search = query === undefined ? '' : `?q=${encodeURIComponent(query)}`;
    return gotoReady(this.page, `/${lang}/search/${search}`, options);
  }

  private t(key: string) {
    return ui[this.lang][key]!;
  }

  get form(): Locator {
    return this.page.getByRole('search', { name: this.t('search.title') });
  }

  /** The paste box (a textarea: role textbox, unlike the header's searchbox). */
  get box(): Locator {
    return this.form.getByRole('textbox', { name: this.t('search.label') });
  }

  get submit(): Locator {
    return this.form.getByRole('button', { name: this.t('search.submit') });
  }

  /** The contract: the result list is ol[data-search-results], aria-busy="true" while a query is answered. */
  get resultList(): Locator {
    return this.page.locator('ol[data-search-results]');
  }

  /** Result items, counted as the DOM holds them even when hidden: an emptied list must be empty, not hidden. */
  get results(): Locator {
    return this.resultList.getByRole('listitem', { includeHidden: true });
  }

  /** The first result's scenario link (its title). */
  get firstResultLink(): Locator {
    return this.results.first().getByRole('link').first();
  }

  /** The highlighted reasons ("Matched on: …") of a result: <mark> elements, a role Playwright's types do not list. */
  reasons(result: Locator): Locator {
    return result.locator('.why mark');
  }

  /** The section the results sit in, named by its heading; it holds the result count. */
  get resultsRegion(): Locator {
    return this.page.getByRole('region', { name: this.t('search.results') });
  }

  get resultsHeading(): Locator {
    return this.page.getByRole('heading', { name: this.t('search.results') });
  }

  /** The live status that says "Searching…" and then how many scenarios match. */
  get status(): Locator {
    return this.resultsRegion.getByRole('status');
  }

  /** Notices (text cut, parts skipped, search failed): a live region without a role of its own. */
  get notices(): Locator {
    return this.page.locator('[data-search-notices]');
  }

  get notice(): Locator {
    return this.notices.getByRole('paragraph');
  }

  /** The start-here section shown when there is no query or no match, named by its "Common errors" heading. */
  get emptyState(): Locator {
    return this.page.getByRole('region', { name: ui[this.lang]['home.commonErrors'] });
  }

  get wizardLink(): Locator {
    return this.page.getByRole('link', { name: this.t('search.wizardLink') });
  }

  /** Elements inside the parts that show the reader's text: the query must never become markup there. */
  get markupFromQuery(): Locator {
    return this.page.locator('[data-search-page] :is(ol, [data-search-notices], [data-search-detected]) :is(script, img, svg, b, iframe)');
  }

  /** Waits until the current query has been answered (or has failed). */
  async waitForAnswer() {
    await expect(this.resultList).toHaveAttribute('aria-busy', 'false');
  }
}
