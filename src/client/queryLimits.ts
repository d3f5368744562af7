// One cap for every query that enters the site (header box, home box, search page, wizard): tickets and
// chats cut longer links, servers refuse them (431) and browsers block navigations of a few megabytes.

/** The longest query kept in a link (`?q=`). */
export const maxUrlQueryChars = 8192;

/** Cuts a query taken from the URL to the limit; says whether it did. */
export function limitUrlQuery(query: string): { query: string; cut: boolean } {
  return query.length > maxUrlQueryChars ? { query: query.slice(0, maxUrlQueryChars), cut: true } : { query, cut: false };
}

const storageKey = 'sqltls:long-paste';
// Form submission writes a textarea's line breaks as CRLF; the kept paste may have LF.
const lines = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * Before a form navigates with `?q=`: a text over the limit goes into the link cut, and whole into this
 * tab's sessionStorage (it never leaves the browser), where the page it opens finds it (takeLongPaste).
 */
export function keepLongPaste(field: HTMLInputElement | HTMLTextAreaElement): void {
  if (field.value.length <= maxUrlQueryChars) return;
  try {
    sessionStorage.setItem(storageKey, field.value);
  } catch {
    // Storage full or blocked: the cut text still searches, and the page says it was cut.
  }
  field.value = field.value.slice(0, maxUrlQueryChars);
}

/** The whole paste a cut `?q=` came from, when this tab kept it; read once. */
export function takeLongPaste(query: string): string | undefined {
  try {
    const full = sessionStorage.getItem(storageKey);
    sessionStorage.removeItem(storageKey);
    return full && full.length > query.length && lines(full).startsWith(lines(query)) ? full : undefined;
  } catch {
    return undefined;
  }
}
