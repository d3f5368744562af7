// The messages between the search page and its worker (src/search/browser/searchWorker.ts).
import type { SearchOutcome } from '../createSearcher.ts';
import type { ShownWindowsJudgement } from '../../diagnosis/windowsClient/judgeWindowsReport.ts';

/**
 * Page → worker. The index travels as the raw bytes of the JSON file, transferred without a copy, with
 * the address language packs are fetched from (`<packBase><lang>.json`) and that of the words file.
 */
export type ToSearchWorker =
  { kind: 'index'; body: ArrayBuffer; packBase: string; wordsUrl: string; findingsUrl: string; windowsFindingsUrl: string } | { kind: 'search'; id: number; query: string };

/** An answer as the page gets it: with the verdict on a pasted Windows client report, which the page shows as the probe page does. */
export type AnsweredOutcome = SearchOutcome & { windowsReport?: ShownWindowsJudgement };

/** Worker → page: one reply per search, in the order the searches were asked. */
export type FromSearchWorker = { kind: 'outcome'; id: number; outcome: AnsweredOutcome } | { kind: 'failed'; id: number; reason: string };
