// Measures search quality: top-1 and top-3 over real pasted errors, through the same index builder and
// searcher the site uses, loading language packs as the browser does (only those a paste's words call
// for). Reports, separately and in each site language, the development set (../shared/corpus/dev.json)
// and the tuning set (tests/corpus/tuning.json), both for tuning, and the held-out set
// (tests/corpus/heldout.json, collected independently and labelled blind): its figures are printed,
// its misses only on request, so that it stays a test (tests/corpus/README.md). A case labelled
// `out-of-scope` is right first when search says the text is not a TLS handshake failure, and counts at
// the place of the answer "perhaps not TLS at all" where search gives that among its results.
//   npm run eval:search                 every set
//   npm run eval:search -- <file.json>  one set, with its misses
//   EVAL_MISSES=0                       without any list of misses
//   EVAL_HELDOUT_MISSES=1               with the held-out set's misses too (look rarely)
import { existsSync, readFileSync } from 'node:fs';
import { isLocale, locales } from '../src/ids/locales.ts';
import { loadSearch } from '../src/search/loadSearchIndex.ts';
import { firstOrGuided, offersWizard } from '../src/search/wizardOffer.ts';

interface Case {
  id: string;
  text: string;
  labels: string[];
  lang?: string;
}

const devSet = '../shared/corpus/dev.json';
// The development set lives beside the repository (../shared), not in it: say so once and go on with the held-out set.
if (!process.argv[2] && !existsSync(devSet)) console.error(`${devSet} is not here (it sits beside the repository on the team's machines): reporting the held-out set only.`);
const heldOut = 'tests/corpus/heldout.json';
const sets = process.argv[2] ? [process.argv[2]] : [devSet, 'tests/corpus/tuning.json', heldOut].filter((file) => existsSync(file));
const langs = (process.env.EVAL_LANGS ?? locales.join(',')).split(',').filter(isLocale);
const showMisses = process.env.EVAL_MISSES !== '0';
const outOfScope = 'out-of-scope';

let failed = false;
for (const file of sets) {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];
  for (const lang of langs) {
    const searcher = loadSearch(process.cwd(), lang, { packs: 'asNeeded' });
    let top1 = 0;
    let top3 = 0;
    // Right first, or (where the text cannot tell) in the top 3 with the question that tells them apart offered.
    let guided = 0;
    const byLang = new Map<string, { n: number; top1: number }>();
    const misses: string[] = [];
    for (const c of cases) {
      const outcome = searcher.search(c.text);
      const ranked = [...(outcome.outOfScope ? [outOfScope] : []), ...outcome.results.map((r) => r.slug)];
      // The answer that the text may not be TLS at all, in its place among the results.
      if (outcome.perhapsNotTls) ranked.splice(outcome.perhapsNotTls.at, 0, outOfScope);
      const rank = ranked.findIndex((slug) => c.labels.includes(slug));
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
      if (firstOrGuided(rank, outcome)) guided++;
      const group = byLang.get(c.lang ?? 'en') ?? { n: 0, top1: 0 };
      byLang.set(c.lang ?? 'en', { n: group.n + 1, top1: group.top1 + (rank === 0 ? 1 : 0) });
      if (rank !== 0)
        misses.push(
          `  ${c.id}${c.lang && c.lang !== 'en' ? ` [${c.lang}]` : ''} want ${c.labels.join('|')} got ${ranked.slice(0, 3).join(', ') || '(nothing)'}${rank > 0 ? ` (label at ${rank + 1})` : ''}${offersWizard(outcome) ? ' [wizard offered]' : ''}\n      ${c.text.slice(0, 140).replace(/\s+/g, ' ')}`,
        );
    }
    const pct = (n: number, of = cases.length) => `${((100 * n) / of).toFixed(1)}%`;
    const perLang = [...byLang].sort(([a], [b]) => a.localeCompare(b)).map(([l, g]) => `${l} ${g.top1}/${g.n}`);
    console.log(
      `[${file} · ${lang} site] ${cases.length} cases: top-1 ${top1} (${pct(top1)}), top-3 ${top3} (${pct(top3)}), first or top-3 with the wizard offered ${guided} (${pct(guided)})${byLang.size > 1 ? `; top-1 by language: ${perLang.join(', ')}` : ''}`,
    );
    const missesWanted = showMisses && (file !== heldOut || process.argv[2] === heldOut || process.env.EVAL_HELDOUT_MISSES === '1');
    if (misses.length && missesWanted) console.log(`  misses:\n${misses.join('\n')}`);
    else if (misses.length && showMisses) console.log(`  (${misses.length} misses not listed: EVAL_HELDOUT_MISSES=1 lists them; look rarely)`);
    if (process.env.EVAL_MIN_TOP1 && top1 / cases.length < Number(process.env.EVAL_MIN_TOP1)) failed = true;
  }
}
process.exit(failed ? 1 : 0);
