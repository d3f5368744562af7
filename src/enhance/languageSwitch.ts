// The language switch keeps what the reader chose on this page: the driver tab (?driver=), the
// connection-string builder's choices (?cs=, ?intent=), a search (?q=) and the anchor, whose ids are the
// same in both languages. Without script the link still opens the same page in the other language.

/** Query parameters the site writes and reads the same way in both languages. */
const keptParameters = ['driver', 'cs', 'intent', 'q'];

/** Points `link` (the page in the other language) at the same choices and anchor as `location`. */
export function keepReadersChoices(link: HTMLAnchorElement, location: Pick<Location, 'search' | 'hash'>): void {
  link.dataset.pageHref ??= link.getAttribute('href') ?? '';
  const target = new URL(link.dataset.pageHref, link.baseURI);
  const current = new URLSearchParams(location.search);
  const kept = new URLSearchParams();
  for (const name of keptParameters) {
    const value = current.get(name);
    if (value !== null) kept.set(name, value);
  }
  target.search = kept.toString();
  target.hash = location.hash;
  link.href = target.href;
}

/** Keeps every language switch on the page up to date: at load, when the anchor or the query changes, and as it is used. */
export function enhanceLanguageSwitch(document: Document, location: Location): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    const refresh = () => keepReadersChoices(link, location);
    refresh();
    // Driver tabs and the builder rewrite the query with history.replaceState, which fires no event.
    for (const type of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(type, refresh);
    window.addEventListener('hashchange', refresh);
    window.addEventListener('popstate', refresh);
  }
}
