// Measures search quality on the development set: top-1 and top-3 accuracy over real pasted errors,
// through the same index builder and searcher the site uses. Prints every miss.
import { isLocale, locales } from '../src/ids/locales.ts';
import { readFileSync } from 'node:fs';
import { createSearcher } from '../src/search/createSearcher.ts';
import { loadSearchIndex } from '../src/search/loadSearchIndex.ts';

interface Case {
  id: string;
  text: string;
  labels: string[];
  driver: string;
  platform: string;
}

const corpusPath = process.argv[2] ?? '../shared/corpus/dev.json';
const cases = JSON.parse(readFileSync(corpusPath, 'utf8')) as Case[];
const langs = (process.env.EVAL_LANGS ?? locales.join(',')).split(',').filter(isLocale);

let failed = false;
for (const lang of langs) {
  const searcher = createSearcher(loadSearchIndex(process.cwd(), lang));
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const ranked = searcher.search(c.text).results.map((r) => r.slug);
    const rank = ranked.findIndex((slug) => c.labels.includes(slug));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank !== 0)
      misses.push(
        `  ${c.id} want ${c.labels.join('|')} got ${ranked.slice(0, 3).join(', ') || '(nothing)'}${rank > 0 ? ` (label at ${rank + 1})` : ''}\n      ${c.text.slice(0, 140).replace(/\s+/g, ' ')}`,
      );
  }
  const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
  console.log(`[${lang}] ${cases.length} cases: top-1 ${top1} (${pct(top1)}), top-3 ${top3} (${pct(top3)})`);
  if (misses.length) console.log(`[${lang}] misses:\n${misses.join('\n')}`);
  if (process.env.EVAL_MIN_TOP1 && top1 / cases.length < Number(process.env.EVAL_MIN_TOP1)) failed = true;
}
process.exit(failed ? 1 : 0);
