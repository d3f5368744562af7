// Builds the searcher and answers queries off the page's main thread. Building it (the Chinese word
// segmenter, the fuzzy index) and analysing a long paste are the longest tasks the site runs; here
// they never hold up typing, scrolling or the first paint of results.
import { fetchJsonEach } from '../../client/fetchJsonEach.ts';
import { fetchJsonOnce } from '../../client/once.ts';
import type { CertificateFindingOrder } from '../certificateVerdict.ts';
import type { LexiconPack } from '../../diagnosis/lexiconData.ts';
import { createSearcher } from '../createSearcher.ts';
import { looksLikeCertificate } from '../certificateQuery.ts';
import { certificateJudged, windowsReportJudged, type JudgedPaste } from '../judgedPaste.ts';
import { carriesWindowsReport } from '../windowsReportQuery.ts';
import { mayBeSqltlsReport } from '../sqltlsReportQuery.ts';
import type { ShownWindowsJudgement } from '../../diagnosis/windowsClient/judgeWindowsReport.ts';
import type { WindowsVerdictData } from '../../diagnosis/windowsClient/windowsVerdictData.ts';
import type { WordMatcher } from '../createWordMatcher.ts';
import type { SearchIndex, SearchWords } from '../searchIndex.ts';
import type { FromSearchWorker, ToSearchWorker } from './workerMessages.ts';

// The project compiles against the DOM library; these are the two members of a worker's global scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker): void;
}
const scope = self as unknown as WorkerScope;

let searcher: ReturnType<typeof createSearcher> | undefined;
let index: SearchIndex | undefined;
let packBase = '';
let wordsUrl = '';
let findingsUrl = '';
let windowsFindingsUrl = '';
/** Fuzzy matching and the words it reads, loaded the first time wording counts (a typed query, a paste without evidence). */
let words: Promise<WordMatcher> | undefined;

function loadWords(): Promise<WordMatcher> {
  words ??= Promise.all([import('../createWordMatcher.ts'), fetchJsonOnce<SearchWords>(wordsUrl)]).then(([{ createWordMatcher }, data]) => createWordMatcher(index!, data));
  // A failed download is forgotten: the next query that wants words tries again.
  words.catch(() => (words = undefined));
  return words;
}
let indexProblem = 'the search index has not arrived';
/** Searches answer in the order they were asked, though one may wait for a language pack. */
let queue: Promise<void> = Promise.resolve();

/** Adds the language packs a query needs; a pack that cannot be fetched is left out of this answer. */
async function loadPacks(query: string): Promise<void> {
  if (!searcher) return;
  const urls = searcher.packsNeeded(query).map((id) => `${packBase}${encodeURIComponent(id)}.json`);
  for (const pack of await fetchJsonEach<LexiconPack>(urls)) searcher.addPack(pack);
}

/**
 * A pasted certificate, Windows client report or sqltls report, judged by its own rules; each rule set
 * (the X.509 parser, the report readers) loads only for a paste that needs it.
 */
async function judgePaste(query: string): Promise<{ judged?: JudgedPaste; windowsReport?: ShownWindowsJudgement }> {
  if (carriesWindowsReport(query)) {
    // Without the findings' scenarios (offline) the verdict still shows; the page says what it could not load.
    const [{ judgeWindowsReport }, data] = await Promise.all([
      import('../../diagnosis/windowsClient/judgeWindowsReport.ts'),
      fetchJsonOnce<WindowsVerdictData>(windowsFindingsUrl).catch(() => undefined),
    ]);
    const judgement = judgeWindowsReport(query);
    const windowsReport: ShownWindowsJudgement = judgement.ok ? { ok: true, os: judgement.os, findings: judgement.findings } : judgement;
    return { judged: windowsReportJudged(judgement.ok ? judgement.findings : [], data?.findings ?? []), windowsReport };
  }
  const judged = mayBeSqltlsReport(query) && (await import('../readSqltlsReport.ts')).judgeSqltlsReport(query, index!.docs);
  if (judged) return { judged };
  if (looksLikeCertificate(query)) {
    const [{ certificateVerdict }, order] = await Promise.all([import('../certificateVerdict.ts'), fetchJsonOnce<CertificateFindingOrder>(findingsUrl)]);
    return { judged: certificateJudged(certificateVerdict(query, order)) };
  }
  return {};
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'index') {
    try {
      index = JSON.parse(new TextDecoder().decode(data.body)) as SearchIndex;
      searcher = createSearcher(index);
      packBase = data.packBase;
      wordsUrl = data.wordsUrl;
      findingsUrl = data.findingsUrl;
      windowsFindingsUrl = data.windowsFindingsUrl;
    } catch (error) {
      indexProblem = `the search index could not be read: ${String(error)}`;
    }
    return;
  }
  queue = queue.then(async () => {
    try {
      if (!searcher) throw new Error(indexProblem);
      await loadPacks(data.query);
      const { judged, windowsReport } = await judgePaste(data.query);
      let outcome = searcher.search(data.query, undefined, judged);
      // Without wording the answer stands when words cannot be loaded (offline): evidence still ranks.
      if (outcome.wantsWords)
        outcome = await loadWords().then(
          (matcher) => searcher!.search(data.query, matcher, judged),
          () => outcome,
        );
      scope.postMessage({ kind: 'outcome', id: data.id, outcome: windowsReport ? { ...outcome, windowsReport } : outcome });
    } catch (error) {
      scope.postMessage({ kind: 'failed', id: data.id, reason: String(error) });
    }
  });
};
