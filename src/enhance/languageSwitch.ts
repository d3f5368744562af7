// The language switch keeps what the reader chose on this page: the driver tab (?driver=), the
// connection-string builder's choices (?cs=, ?intent=), a search (?q=) and the anchor, whose ids are the
// same in both languages. Without script the link still opens the same page in the other language.

/** Query parameters the site writes and reads the same way in both languages. */
const keptParameters = 'driver cs intent q'.split(' ');

/** Points `link` (the page in the other language) at the same choices and anchor as `location`. */
export function keepReadersChoices(link: HTMLAnchorElement, location: Pick<Location, 'search' | 'hash'>): void {
  const target = new URL((link.dataset.pageHref ??= link.getAttribute('href') ?? ''), link.baseURI);
  const current = new URLSearchParams(location.search);
  for (const name of keptParameters) if (current.has(name)) target.searchParams.set(name, current.get(name)!);
  target.hash = location.hash;
  link.href = target.href;
}
