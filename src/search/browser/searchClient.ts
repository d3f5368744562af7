// The page's side of the search worker: downloads the index, hands it to the worker and turns each
// query into a promise of its outcome.
import { fetchBytes } from '../../client/once.ts';
import type { AnsweredOutcome, FromSearchWorker, ToSearchWorker } from './workerMessages.ts';

export interface SearchClient {
  search(query: string): Promise<AnsweredOutcome>;
}

type Pending = { resolve: (outcome: AnsweredOutcome) => void; reject: (error: Error) => void };

/**
 * Starts the worker and, in parallel, the index download. The page fetches the index itself so the
 * search page's preload of it is used; the worker gets the bytes without a copy.
 * Rejects, and stops the worker, when the index cannot be downloaded or the worker cannot start;
 * a search rejects, and stops the worker, when the worker could not read the index or answer.
 */
export function startSearchClient(indexUrl: string): Promise<SearchClient> {
  const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  const post = (message: ToSearchWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let broken: Error | undefined;

  /** Stops the worker and rejects every waiting search; returns the first reason it broke. */
  const breakDown = (error: Error): Error => {
    const reason = (broken ??= error);
    for (const { reject } of pending.values()) reject(reason);
    pending.clear();
    worker.terminate();
    return reason;
  };

  worker.addEventListener('message', ({ data }: MessageEvent<FromSearchWorker>) => {
    if (data.kind === 'outcome') {
      pending.get(data.id)?.resolve(data.outcome);
      pending.delete(data.id);
    } else {
      // The worker could not read the index (or a search threw): it is done, and this search and any
      // still waiting reject; the next query starts a new worker.
      breakDown(new Error(data.reason));
    }
  });
  // Fires when the worker script cannot be loaded (network, CSP) or throws outside a message.
  const started = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(breakDown(new Error(`search worker: ${event.message || 'could not start'}`)));
    }),
  );

  const client: SearchClient = {
    search(query) {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      return new Promise<AnsweredOutcome>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        post({ kind: 'search', id, query });
      });
    },
  };

  const indexSent = fetchBytes(indexUrl)
    .then((body) => {
      const base = new URL(indexUrl, location.href);
      post(
        {
          kind: 'index',
          body,
          packBase: new URL('../lexicon/', base).href,
          wordsUrl: new URL('search-words.json', base).href,
          findingsUrl: new URL('../certificate-findings.json', base).href,
          windowsFindingsUrl: new URL('windows-client-findings.json', base).href,
        },
        [body],
      );
      return client;
    })
    .catch((error: unknown) => {
      throw breakDown(error instanceof Error ? error : new Error(String(error)));
    });
  return Promise.race([indexSent, started]);
}
