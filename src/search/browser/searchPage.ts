// The search page: reads ?q=, answers as the user types and keeps the URL in step so the current
// search can be copied into a ticket. The engine is imported statically: this page exists to search,
// and its modules arrive together after the first paint (src/afterPaint/loadAfterFirstPaint.ts).
import { fill } from '../../client/fill.ts';
import { answer } from './engine.ts';
import { limitUrlQuery, maxUrlQueryChars, takeLongPaste } from '../../client/queryLimits.ts';
import { holdLongPastesWithNotice } from '../../client/heldPaste.ts';

const debounceMs = 150;

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLTextAreaElement>('textarea');
  if (!root || !form || !input) return;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const notices = root.querySelector<HTMLElement>('[data-search-notices]')!;
  // Before the listeners below: a long paste is held aside and read whole (client/heldPaste.ts).
  const pasted = holdLongPastesWithNotice(input, form.querySelector<HTMLElement>('[data-held-paste]'));

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let urlNotice: string | undefined;

  const run = async (query: string, fromUrl = false) => {
    const current = ++generation;
    list.setAttribute('aria-busy', 'true');
    try {
      await answer(root, query, strings, fromUrl ? urlNotice : undefined);
    } catch {
      // The engine forgets a failed index download, so the next query tries again.
      if (current !== generation) return;
      notices.replaceChildren(Object.assign(document.createElement('p'), { className: 'notice', textContent: strings['search.failed'] ?? '' }));
    } finally {
      if (current === generation) list.setAttribute('aria-busy', 'false');
    }
  };

  const updateUrl = (query: string) => {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.slice(0, maxUrlQueryChars));
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    list.setAttribute('aria-busy', 'true');
    timer = setTimeout(() => {
      updateUrl(pasted.text());
      void run(pasted.text());
    }, debounceMs);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    updateUrl(pasted.text());
    void run(pasted.text()).then(() => root.querySelector<HTMLElement>('#results-title')?.focus());
  });

  // With script the box takes a paste of any length (the page answers it in place); the cap is for links.
  input.removeAttribute('maxlength');

  const fromUrl = new URLSearchParams(window.location.search).get('q');
  if (fromUrl) {
    // A paste cut for the link by the box that sent it (header, home, wizard) was kept whole in this tab.
    const kept = takeLongPaste(fromUrl);
    const { query, cut } = kept ? { query: kept, cut: false } : limitUrlQuery(fromUrl);
    if (cut) urlNotice = fill(strings['search.queryCut'], { max: maxUrlQueryChars });
    pasted.set(query);
    void run(query, true);
  }
}
