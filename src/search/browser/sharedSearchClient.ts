// The page's one search worker, shared by the search page's engine and the header box's warm-up, so
// focusing the header box on the search page never starts a second worker.
import { forget, once } from '../../client/once.ts';
import { startSearchClient, type SearchClient } from './searchClient.ts';

const searchClientKey = (indexUrl: string) => `search-worker:${indexUrl}`;

/** One worker per page and index (client/once.ts: a failed start is forgotten, so the next query tries again). */
export const searchClientFor = (indexUrl: string): Promise<SearchClient> => once(searchClientKey(indexUrl), () => startSearchClient(indexUrl));

/** Forgets a worker that stopped (it could not read the index or answer), if it is still this page's: the next query starts a new one. */
export const forgetSearchClient = (indexUrl: string, client: Promise<SearchClient>): void => forget(searchClientKey(indexUrl), client);
