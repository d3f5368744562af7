// Wizard step pages work as plain links without JavaScript. With it: the paste box pre-answers,
// notices explain inferred answers and stale links, Back matches the browser's back, copy buttons work.
import { pageCopyWords, wireCopyButton } from '../../client/copyToClipboard.ts';
import { fill } from '../../client/fill.ts';
import { keepLongPaste, limitUrlQuery } from '../../client/queryLimits.ts';
import { readPasteParams } from '../pasteParams.ts';
import { stepPath } from '../stepPath.ts';

export function startWizardPage(): void {
  const root = document.querySelector<HTMLElement>('[data-wizard]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const params = new URLSearchParams(window.location.search);
  const notices = root.querySelector<HTMLElement>('[data-wizard-notices]')!;
  const notice = (text: string) => notices.append(Object.assign(document.createElement('p'), { className: 'notice', textContent: text }));

  if (params.has('stale')) notice(strings.staleNotice ?? '');
  // Only values in the form the wizard writes them: a crafted link cannot put words in the site's notices.
  const pasted = readPasteParams(params, (root.dataset.path ?? '').split('/').filter(Boolean).length);
  const inferred = pasted.inferred ?? -1;
  if (inferred === 0) notice(strings.nothingInferred ?? '');
  if (inferred > 0) {
    notice(fill(strings.inferredNotice, { n: inferred }));
    for (const item of root.querySelectorAll<HTMLElement>('[data-answer-index]')) {
      if (Number(item.dataset.answerIndex) < inferred) {
        item.classList.add('inferred');
        item.append(' ', Object.assign(document.createElement('span'), { className: 'chip', textContent: strings.inferred ?? '' }));
      }
    }
  }
  const buildNote = root.querySelector<HTMLElement>('[data-build-verdict]');
  if (buildNote && pasted.build) {
    buildNote.textContent = fill(strings.buildDetected, { build: pasted.build.build, verdict: strings[`verdict.${pasted.build.verdict}`] });
    buildNote.hidden = false;
  }

  // Carry the driver the paste named into the scenario links, so they open that driver's tab.
  const { driver } = pasted;
  if (driver) {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-outcome-link]')) {
      const url = new URL(link.href);
      if (url.searchParams.has('driver')) continue;
      url.searchParams.set('driver', driver);
      link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
    }
  }

  // Keep what the paste told (inferred answers, driver) on the way to the next steps.
  const carried = new URLSearchParams();
  if (inferred > 0) carried.set('inferred', String(inferred));
  if (driver) carried.set('driver', driver);
  if (carried.size) {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-wizard-choice]')) link.setAttribute('href', `${link.getAttribute('href')?.split('?')[0]}?${carried}`);
  }

  // Back: when the previous page is the previous step, go back in history so Back and the browser agree.
  root.querySelector<HTMLAnchorElement>('[data-wizard-back]')?.addEventListener('click', (event) => {
    const target = new URL((event.currentTarget as HTMLAnchorElement).href);
    if (document.referrer && new URL(document.referrer).pathname === target.pathname && history.length > 1) {
      event.preventDefault();
      history.back();
    }
  });

  const copy = (button: HTMLButtonElement | null, text: () => string) => button && wireCopyButton(button, text, pageCopyWords(document));
  copy(root.querySelector('[data-copy-link]'), () => window.location.href);
  const summary = root.querySelector<HTMLElement>('[data-wizard-summary]');
  copy(root.querySelector('[data-copy-summary]'), () => {
    const lines = (summary?.textContent ?? '').split('\n');
    lines[lines.length - 1] = window.location.href;
    return lines.join('\n');
  });

  const form = root.querySelector<HTMLFormElement>('[data-wizard-paste]');
  const box = form?.querySelector('textarea');
  const dataUrl = root.dataset.dataUrl ?? '';
  const lexiconBase = root.dataset.lexiconBase ?? '';
  if (form && box) {
    // Walks the tree as far as the pasted text answers it and opens that step. `replace` for a paste
    // handed over in the link (from the search page), so Back returns there, not to this start page.
    const openStepFor = (text: string, { replace = false } = {}) =>
      import('./pasteEngine.ts')
        .then((engine) => engine.stepForPaste(dataUrl, lexiconBase, text))
        .then(({ path, driver: named, build: sqlBuild }) => {
          const query = new URLSearchParams({ inferred: String(path.length) });
          if (named) query.set('driver', named);
          if (sqlBuild) {
            query.set('build', sqlBuild.build);
            query.set('verdict', sqlBuild.verdict);
          }
          const target = `${root.dataset.langBase}${stepPath(path)}?${query}`;
          if (replace) window.location.replace(target);
          else window.location.assign(target);
        });
    box.addEventListener('focus', () => void import('./pasteEngine.ts'), { once: true });
    form.addEventListener('submit', (event) => {
      if (!box.value.trim()) return;
      event.preventDefault();
      // Without the paste engine, the search page still answers the text (kept whole when over the link limit).
      openStepFor(box.value).catch(() => {
        keepLongPaste(box);
        form.submit();
      });
    });
    const handedOver = limitUrlQuery(params.get('q') ?? '').query;
    if (handedOver.trim()) {
      box.value = handedOver;
      // If the engine cannot load, the reader stays here with the text in the box and the choices below.
      openStepFor(handedOver, { replace: true }).catch(() => box.focus());
    }
  }

  if (params.has('inferred') || params.has('stale')) root.querySelector<HTMLElement>('h1')?.focus();
}
