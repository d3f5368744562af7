// Renders search answers into the search page; the searching itself runs in a worker
// (src/search/browser/searchClient.ts). Loaded with the search page.
// Every piece of user or indexed text goes into the page through textContent, never as HTML.
import { fill } from '../../client/fill.ts';
import type { AnsweredOutcome } from './workerMessages.ts';
import { maxUrlQueryChars } from '../../client/queryLimits.ts';
import { forgetSearchClient, searchClientFor } from './sharedSearchClient.ts';
import { el } from '../../client/el.ts';
import { offersWizard } from '../wizardOffer.ts';
// A few lines, imported statically: a dynamic import would make the certificate page, which shares the
// module, load the bundler's namespace runtime at load.
import { handCertificateOver } from '../../client/certificateHandoff.ts';

function reasonLabel(kind: string, label: string, strings: Record<string, string>): string {
  if (kind === 'text') return strings['search.reason.text'] ?? '';
  const driverName = (driver: string) => {
    const [id = '', version] = driver.split('@');
    return `${strings[`driver.${id}`] ?? id}${version ? ` ${version}` : ''}`;
  };
  if (kind === 'driver') return driverName(label);
  if (kind === 'fact') {
    const [fact = '', said = ''] = label.split('|');
    // A context fact a driver implies names the driver (`odbc@18`): shown as the driver's name.
    const named = /^[a-z]+(?:@[\d.]+)?$/.test(said) && strings[`driver.${said.split('@')[0]}`] ? driverName(said) : said;
    const shown = named.length > 60 ? `${named.slice(0, 57)}…` : named;
    return `${strings[`fact.${fact}`] ?? fact} (${shown})`;
  }
  if (kind === 'certificate') return strings[`certificate.${label}`] ?? label;
  if (kind === 'windowsReport' || kind === 'sqltlsReport') return strings[`search.reason.${kind}`] ?? label;
  if (kind === 'platform')
    return label
      .split('/')
      .map((p) => strings[`platform.${p}`] ?? p)
      .join(' / ');
  return label;
}

function renderOutcome(root: HTMLElement, outcome: AnsweredOutcome, query: string, strings: Record<string, string>, extraNotice?: string) {
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const section = root.querySelector<HTMLElement>('[data-search-results-section]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const emptyText = root.querySelector<HTMLElement>('[data-search-empty-text]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const detected = root.querySelector<HTMLElement>('[data-search-detected]')!;
  const notices = root.querySelector<HTMLElement>('[data-search-notices]')!;
  const scenarioBase = root.dataset.scenarioBase ?? '';
  const outOfScope = root.querySelector<HTMLElement>('[data-search-out-of-scope]');
  const errorPageLine = root.querySelector<HTMLElement>('[data-search-error-page-line]');

  const noticeTexts: string[] = [];
  if (extraNotice) noticeTexts.push(extraNotice);
  if (query.length > maxUrlQueryChars) noticeTexts.push(fill(strings['search.urlCut'], { max: maxUrlQueryChars }));
  if (outcome.signature.skippedChars > 0) noticeTexts.push(fill(strings['search.skipped'], { read: outcome.signature.readChars, skipped: outcome.signature.skippedChars }));
  if (query.trim() && outcome.results.length && !outcome.hasEvidence) noticeTexts.push(strings['search.noEvidence'] ?? '');
  notices.replaceChildren(...noticeTexts.map((text) => el('p', { className: 'notice', textContent: text })));

  const { drivers, platforms } = outcome.signature;
  const facts = [
    ...drivers.slice(0, 2).map((d) => `${strings['search.detectedDriver']}: ${reasonLabel('driver', d.version ? `${d.id}@${d.version}` : d.id, strings)}`),
    ...(platforms.length ? [`${strings['search.detectedPlatform']}: ${reasonLabel('platform', platforms.join('/'), strings)}`] : []),
  ];
  detected.hidden = !facts.length;
  detected.textContent = facts.length ? `${strings['search.detected']}: ${facts.join(' · ')}` : '';

  // Said first: the text is a failure outside the handshake (login, instance lookup, TCP, Kerberos).
  if (outOfScope) {
    const fact = query.trim() ? outcome.outOfScope : undefined;
    outOfScope.hidden = !fact;
    outOfScope.querySelector('[data-search-out-of-scope-title]')!.textContent = (fact && strings[`oos-title.${fact.fact}`]) || strings['search.outOfScope'] || '';
    outOfScope.querySelector('[data-search-out-of-scope-text]')!.textContent = fact
      ? `${strings[`oos.${fact.fact}`] ?? ''} ${fill(strings['search.outOfScopeFrom'], { said: fact.label })}`
      : '';
  }
  // The error page of a code in the text: `SSL Provider, error: 31`, `0x80090325`, a bare `error 31`.
  if (errorPageLine) {
    const page = query.trim() ? outcome.errorPage : undefined;
    errorPageLine.hidden = !page;
    const link = errorPageLine.querySelector<HTMLAnchorElement>('[data-search-error-page]')!;
    if (page) {
      link.href = `${root.dataset.errorBase ?? ''}${encodeURIComponent(page.id)}/`;
      link.textContent = strings[`error.${page.id}`] ?? page.id;
    }
  }

  if (!query.trim()) {
    section.hidden = true;
    list.replaceChildren();
    empty.hidden = false;
    emptyText.textContent = root.querySelector<HTMLElement>('[data-search-empty-text]')?.dataset.initial ?? emptyText.textContent;
    status.textContent = '';
    return;
  }

  const driverParam = drivers[0] ? `?driver=${encodeURIComponent(drivers[0].id)}` : '';
  const items = outcome.results.map((result) => {
    const href = `${scenarioBase}${result.slug}/${driverParam}`;
    const item = el(
      'li',
      { className: 'result' },
      el('h3', {}, el('a', { href, textContent: strings[`scenario.${result.slug}`] ?? result.slug })),
      el('p', { textContent: result.summary }),
    );
    const reasons = result.reasons.filter((r) => r.kind !== 'text' || result.reasons.length === 1);
    if (reasons.length) {
      item.append(
        el(
          'p',
          { className: 'why' },
          `${strings['search.why']}: `,
          ...reasons.flatMap((r, i) => [i ? ' ' : '', el('mark', { textContent: reasonLabel(r.kind, r.label, strings) })]),
        ),
      );
    }
    if (result.fix) item.append(el('p', { className: 'open-fix' }, `${strings['search.openFix']}: `, el('a', { href: `${href}#${result.fix.id}`, textContent: result.fix.title })));
    return item;
  });
  // The text names no TLS cause (a reset, an EOF, a bare code): among the scenarios, the answer that it
  // may be no TLS failure at all, and the probe that tells.
  const perhaps = root.querySelector<HTMLTemplateElement>('template[data-perhaps-not-tls]')?.content.firstElementChild;
  if (outcome.perhapsNotTls && perhaps) items.splice(outcome.perhapsNotTls.at, 0, perhaps.cloneNode(true) as HTMLLIElement);
  list.replaceChildren(...items);
  // The text fits several scenarios about equally, or names no cause at all (the results are only alike
  // in wording): offer the wizard, whose questions tell them apart or find the cause, and which starts
  // from the same text (src/wizard/browser/wizardPage.ts).
  const wizard = root.querySelector<HTMLElement>('[data-search-wizard]');
  const wizardLink = wizard?.querySelector<HTMLAnchorElement>('[data-search-wizard-link]');
  const wizardWhy = wizard?.querySelector<HTMLElement>('[data-search-wizard-why]');
  if (wizard && wizardLink) {
    wizard.hidden = !offersWizard(outcome);
    if (wizardWhy) wizardWhy.textContent = strings[outcome.vague ? 'search.wizardHintVague' : 'search.wizardHint'] ?? '';
    const url = new URL(wizardLink.href);
    url.search = new URLSearchParams({ q: query.slice(0, maxUrlQueryChars) }).toString();
    wizardLink.href = url.href;
  }
  // A pasted certificate: offer the certificate page, which checks it in full. The text travels in
  // sessionStorage when the link is followed, never in the URL.
  const certificate = root.querySelector<HTMLElement>('[data-search-certificate]');
  const certificateLink = certificate?.querySelector('a');
  const judgedCertificate = outcome.judged?.kind === 'certificate';
  if (certificate && certificateLink) {
    certificate.hidden = !judgedCertificate;
    certificateLink.onclick = judgedCertificate
      ? (event) => {
          event.preventDefault();
          handCertificateOver(query);
          window.location.assign(certificateLink.href);
        }
      : null;
  }
  showWindowsReport(root, outcome.windowsReport, strings);
  section.hidden = outcome.results.length === 0 && !outcome.windowsReport;
  status.textContent = outcome.results.length ? fill(strings['search.resultCount'], { count: outcome.results.length }) : '';
  empty.hidden = outcome.results.length > 0 || !!outcome.outOfScope || !!outcome.windowsReport;
  // A sqltls report without findings: the tool found nothing wrong where it ran, which the page says.
  emptyText.textContent = outcome.results.length ? '' : (strings[outcome.judged?.kind === 'sqltlsReport' ? 'search.sqltlsReportClean' : 'search.noMatch'] ?? '');
}

/**
 * A pasted Windows client report: the verdict of `sqltls client --windows`, drawn as the probe page draws
 * it (its code and words load only for such a paste). A later answer hides it again.
 */
let windowsReportShown = 0;
function showWindowsReport(root: HTMLElement, judgement: AnsweredOutcome['windowsReport'], strings: Record<string, string>): void {
  // Only the latest answer draws: a verdict whose code arrives after the next answer is dropped.
  const turn = ++windowsReportShown;
  const panel = root.querySelector<HTMLElement>('[data-search-windows-report]');
  const verdict = panel?.querySelector<HTMLElement>('[data-search-windows-verdict]');
  if (!panel || !verdict) return;
  panel.hidden = !judgement;
  verdict.replaceChildren();
  if (!judgement) return;
  const failed = strings['probe.windowsCheckFailed'] ?? '';
  const current = () => turn === windowsReportShown;
  // The drawing code loads with the verdict; if even it cannot load, the same sentence says so.
  void import('../../client/renderWindowsVerdict.ts').then(
    ({ showWindowsVerdict }) => showWindowsVerdict(verdict, judgement, root.dataset.windowsFindingsUrl ?? '', failed, current),
    () => current() && verdict.replaceChildren(el('p', { className: 'verdict-problem', textContent: failed })),
  );
}

/** Answers one query in the page. */
export async function answer(root: HTMLElement, query: string, strings: Record<string, string>, extraNotice?: string): Promise<void> {
  const indexUrl = root.dataset.indexUrl ?? '';
  const current = searchClientFor(indexUrl);
  const outcome = await (await current).search(query).catch((error: unknown) => {
    forgetSearchClient(indexUrl, current);
    throw error;
  });
  renderOutcome(root, outcome, query, strings, extraNotice);
}
