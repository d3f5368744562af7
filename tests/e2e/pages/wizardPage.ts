import type { Locator, Page } from '@playwright/test';
import { gotoReady, ui, type Locale } from '../fixtures.ts';

/**
 * A step of the guided wizard (/<lang>/wizard/<choice ids>/), reached by role, label and the UI strings.
 * The CSS locators left name the page's data-attribute contract or parts with no role.
 */
export class WizardPage {
  constructor(
    readonly page: Page,
    public lang: Locale = 'en',
  ) {}

  /** Opens the step at `path` (choice ids joined by "/", with a trailing "/" if not empty) once its scripts have run. */
  async open(lang: Locale, path = '', options?: Parameters<Page['goto']>[1]) {
    this.lang = lang;
    return gotoReady(this.page, `/${lang}/wizard/${path}`, options);
  }

  private t(key: string) {
    return ui[this.lang][key]!;
  }

  get question(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get pasteBox(): Locator {
    return this.page.getByLabel(this.t('wizard.pasteLabel'));
  }

  get pasteButton(): Locator {
    return this.page.getByRole('button', { name: this.t('wizard.pasteSubmit') });
  }

  /** Pastes an error into the start page's box and submits it. */
  async paste(text: string) {
    await this.pasteBox.fill(text);
    await this.pasteButton.click();
  }

  /** The contract: every answer is a plain link, a[data-wizard-choice], so the wizard works without JavaScript. */
  get choices(): Locator {
    return this.page.locator('a[data-wizard-choice]');
  }

  /** The choice link whose visible label is exactly `label`. */
  choice(label: string): Locator {
    return this.choices.and(this.page.getByRole('link', { name: label, exact: true }));
  }

  async choose(label: string) {
    await this.choice(label).click();
  }

  /** Where the choice links lead, for walking every step. */
  async choiceHrefs(): Promise<string[]> {
    return this.choices.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  }

  /** The contract: the outcome is [data-wizard-outcome]. */
  get outcome(): Locator {
    return this.page.locator('[data-wizard-outcome]');
  }

  /** Each outcome card's "Open the full scenario" link. */
  get scenarioLinks(): Locator {
    return this.outcome.getByRole('link', { name: this.t('wizard.openScenario') });
  }

  /** The scenario slugs the outcome offers. */
  async outcomeSlugs(): Promise<string[]> {
    const hrefs = await this.scenarioLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    return hrefs.map((href) => href.match(/\/scenarios\/([a-z0-9-]+)\//)?.[1] ?? href);
  }

  /** Notices (inferred answers, stale link): a live region without a role of its own. */
  get notices(): Locator {
    return this.page.locator('[data-wizard-notices]');
  }

  get notice(): Locator {
    return this.notices.getByRole('paragraph');
  }

  /** The answers given so far, one list item each. */
  get answers(): Locator {
    return this.page.getByRole('region', { name: this.t('wizard.yourAnswers') }).getByRole('listitem');
  }

  /** Answers the pasted error gave, marked "from your error". */
  get inferredAnswers(): Locator {
    return this.answers.filter({ hasText: this.t('wizard.inferred') });
  }

  /** The page's own Back link ("← Back"), not the browser's. */
  get back(): Locator {
    return this.page.getByRole('link', { name: `← ${this.t('wizard.back')}`, exact: true });
  }

  get buildTable(): Locator {
    return this.page.getByRole('table', { name: this.t('wizard.buildTable') });
  }

  get copyLinkButton(): Locator {
    return this.page.getByRole('button', { name: this.t('wizard.copyLink') });
  }

  get copySummaryButton(): Locator {
    return this.page.getByRole('button', { name: this.t('wizard.copySummary') });
  }
}
