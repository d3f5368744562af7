// Imported by the header box on first focus, on every page: it starts the search worker and the index
// download before the query is sent. It is a module of its own, not an export of the engine, because a
// dynamic import of a module that the search page also imports statically makes the bundler ship its
// namespace runtime with search (about 0.4 KB gzip of the paste download).
import { searchClientFor } from './sharedSearchClient.ts';

export function warmUpSearch(indexUrl: string): void {
  void searchClientFor(indexUrl).catch(() => undefined);
}
