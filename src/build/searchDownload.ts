import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importClosure } from '../afterPaint/moduleImports.ts';
import { pageOwnScripts } from './reachableScripts.ts';

const gzipOf = (files: string[]) => (files.length ? gzipSync(Buffer.concat(files.map((f) => readFileSync(f)))).length : 0);

/**
 * The certificate checker's files (an X.509 parser and the certificate rules), reached from its entry
 * bundles: it loads only for a pasted certificate, so search's figures leave it out and count it apart.
 */
export function certificateCheckerFiles(distDir: string, files: string[], entry = /[\\/](certificateVerdict|showVerdict)[-.][^\\/]*\.js$/): Set<string> {
  return new Set(
    importClosure(
      files.filter((f) => entry.test(f)),
      (spec) => join(distDir, spec),
      { dynamic: true },
    ),
  );
}

/**
 * The Windows client report's renderer, which search imports only when a pasted text is such a report
 * (its reader runs in the worker, which imports it on demand too): an error paste never downloads it.
 */
export const windowsReportRenderer = /[\\/]renderWindowsVerdict[-.][^\\/]*\.js$/;

/** The worker's readers of a pasted report (a Windows client report, a sqltls report), imported on demand like the renderer. */
export const reportReaders = /[\\/](judgeWindowsReport|readSqltlsReport)-[^\\/]*\.js$/;

/**
 * What search downloads in a language, in gzip bytes, beyond the site-wide script every page has loaded:
 * for a pasted error, the search code and the index (which carries the stack vocabularies' codes and
 * English and Chinese texts; other languages' packs load on demand), without the readers of a pasted
 * certificate or a report (of sqltls-client.ps1 or sqltls), which load only for one; for a typed query,
 * or a paste with no evidence, also fuzzy matching and the articles' words. `npm run budgets` and `npm run bench:search`
 * print these same figures.
 */
export function searchDownload(distDir: string, lang: string): { paste: number; typed: number; code: number; index: number } {
  const reachable = pageOwnScripts(distDir, `${lang}/search/index.html`);
  const checker = certificateCheckerFiles(distDir, reachable.all);
  const forAnError = (f: string) => !checker.has(f) && !windowsReportRenderer.test(f) && !reportReaders.test(f);
  const code = gzipOf(reachable.withoutWorkersLater.filter(forAnError));
  const allCode = gzipOf(reachable.all.filter(forAnError));
  const index = gzipSync(readFileSync(join(distDir, lang, 'search-index.json'))).length;
  const words = gzipSync(readFileSync(join(distDir, lang, 'search-words.json'))).length;
  return { paste: code + index, typed: allCode + index + words, code, index };
}
