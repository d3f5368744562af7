// Builds the searcher and answers queries off the page's main thread. Building it (the Chinese word
// segmenter, the fuzzy index) and analysing a long paste are the longest tasks the site runs; here
// they never hold up typing, scrolling or the first paint of results.
import { createSearcher } from '../createSearcher.ts';
import type { SearchIndex } from '../searchIndex.ts';
import type { FromSearchWorker, ToSearchWorker } from './workerMessages.ts';

// The project compiles against the DOM library; these are the two members of a worker's global scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker): void;
}
const scope = self as unknown as WorkerScope;

let searcher: ReturnType<typeof createSearcher> | undefined;
let indexProblem = 'the search index has not arrived';

scope.onmessage = ({ data }) => {
  if (data.kind === 'index') {
    try {
      searcher = createSearcher(JSON.parse(new TextDecoder().decode(data.body)) as SearchIndex);
    } catch (error) {
      indexProblem = `the search index could not be read: ${String(error)}`;
    }
    return;
  }
  try {
    if (!searcher) throw new Error(indexProblem);
    scope.postMessage({ kind: 'outcome', id: data.id, outcome: searcher.search(data.query) });
  } catch (error) {
    scope.postMessage({ kind: 'failed', id: data.id, reason: String(error) });
  }
};
