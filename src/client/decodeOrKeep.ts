/**
 * `decodeURIComponent` for text from the address bar (a hash, a path segment): a link can carry any
 * bytes, and `#%` must not stop the page's scripts. Text that is not valid percent-encoding is kept as written.
 */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
