import { readDataFile } from '../contentModel/dataFiles.ts';
import { loadLexicon } from '../contentModel/loadLexicon.ts';
import { articles, readArticles } from '../contentModel/project.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { buildSearchIndex, buildSearchWords } from './buildSearchIndex.ts';
import { createSearcher } from './createSearcher.ts';
import { createWordMatcher } from './createWordMatcher.ts';
import { looksLikeCertificate } from './certificateQuery.ts';
import { certificateFindingOrder, certificateVerdict } from './certificateVerdict.ts';
import type { SearchIndex } from './searchIndex.ts';
import { certificateJudged, windowsReportJudged, type JudgedPaste } from './judgedPaste.ts';
import { judgeSqltlsReport } from './readSqltlsReport.ts';
import { mayBeSqltlsReport } from './sqltlsReportQuery.ts';
import { carriesWindowsReport } from './windowsReportQuery.ts';
import { judgeWindowsReport } from '../diagnosis/windowsClient/judgeWindowsReport.ts';

/** A language's scenarios and error pages, read from the content files once. */
function articlesOf(root: string, lang: Locale) {
  const project = readArticles(root);
  return {
    scenarios: articles(project, 'scenarios', lang).map((e) => ({ slug: e.id, data: e.value })),
    errorPages: articles(project, 'errors', lang).map((e) => ({ id: e.id, data: e.value })),
  };
}

const indexOf = (root: string, lang: Locale, { scenarios, errorPages }: ReturnType<typeof articlesOf>): SearchIndex =>
  buildSearchIndex(lang, scenarios, readDataFile(root, 'hints'), loadLexicon(root).data, errorPages);

/** Builds a language's search index straight from the content files (for Node scripts and tests). */
export function loadSearchIndex(root: string, lang: Locale): SearchIndex {
  return indexOf(root, lang, articlesOf(root, lang));
}

/**
 * The search as the browser runs it, for Node scripts and tests: the searcher with its word matcher
 * (used when wording counts) and every language pack loaded, unless `packs: 'asNeeded'` loads only
 * those a query's markers ask for, as the browser does.
 */
export function loadSearch(root: string, lang: Locale, options: { packs?: 'all' | 'asNeeded' } = {}) {
  const read = articlesOf(root, lang);
  const index = indexOf(root, lang, read);
  const searcher = createSearcher(index);
  const words = createWordMatcher(index, buildSearchWords(read.scenarios));
  const packs = new Map(loadLexicon(root).packs.map((pack) => [pack.id, pack]));
  const certificateOrder = certificateFindingOrder(readDataFile(root, 'certificateFindings'));
  const windowsMeanings = readDataFile(root, 'windowsClientFindings');
  // Judged as the search worker judges (src/search/browser/searchWorker.ts): a report first, then a certificate.
  const judge = (query: string): JudgedPaste | undefined => {
    if (carriesWindowsReport(query)) {
      const judgement = judgeWindowsReport(query);
      return windowsReportJudged(judgement.ok ? judgement.findings : [], windowsMeanings);
    }
    const report = mayBeSqltlsReport(query) ? judgeSqltlsReport(query, index.docs) : undefined;
    if (report) return report;
    return looksLikeCertificate(query) ? certificateJudged(certificateVerdict(query, certificateOrder)) : undefined;
  };
  if (options.packs !== 'asNeeded') for (const pack of packs.values()) searcher.addPack(pack);
  return {
    ...searcher,
    search(query: string) {
      for (const id of searcher.packsNeeded(query)) if (packs.has(id)) searcher.addPack(packs.get(id)!);
      return searcher.search(query, words, judge(query));
    },
  };
}
