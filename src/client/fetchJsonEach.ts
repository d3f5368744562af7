// Its own module (not once.ts): only the code that loads language packs needs it, and once.ts travels
// with every page's script.
import { fetchJsonOnce } from './once.ts';

/** Fetches each JSON file once per page, in order; a file that cannot be fetched is left out, not an error. */
export async function fetchJsonEach<T>(urls: string[]): Promise<Awaited<T>[]> {
  const found = await Promise.all(urls.map((url) => fetchJsonOnce<T>(url).catch(() => undefined)));
  return found.filter((value) => value !== undefined);
}
