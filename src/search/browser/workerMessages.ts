// The messages between the search page and its worker (src/search/browser/searchWorker.ts).
import type { SearchOutcome } from '../createSearcher.ts';

/**
 * Page → worker. The index travels as the raw bytes of the JSON file, transferred without a copy, with
 * the address language packs are fetched from (`<packBase><lang>.json`) and that of the words file.
 */
export type ToSearchWorker = { kind: 'index'; body: ArrayBuffer; packBase: string; wordsUrl: string; findingsUrl: string } | { kind: 'search'; id: number; query: string };

/** Worker → page: one reply per search, in the order the searches were asked. */
export type FromSearchWorker = { kind: 'outcome'; id: number; outcome: SearchOutcome } | { kind: 'failed'; id: number; reason: string };
