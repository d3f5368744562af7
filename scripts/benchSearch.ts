// Search latency and size: p50/p95 query time for a short query, a 2 KB paste and a 100 KB paste
// (same searcher as the site), and per language the index plus search code in bytes (raw and gzip).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { searchDownload } from '../src/build/searchDownload.ts';
import { loadSearch, loadSearchIndex } from '../src/search/loadSearchIndex.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

const message =
  'Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: SSL Provider, error: 31 - Encryption(ssl/tls) handshake failed)';
const frame = (i: number) =>
  `\n   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.AttemptOneLogin(ServerInfo serverInfo, String newPassword, SecureString newSecurePassword, TimeoutTimer timeout, Boolean withFailover) line ${i}`;
const paste = (size: number) => {
  let text = message;
  for (let i = 0; text.length < size; i++) text += frame(i);
  return `${text.slice(0, size - 60)}\nClientConnectionId:5d2c1e7a-3b4f-4a8e-9c1d-2e3f4a5b6c7d`;
};
const queries = { 'short query': 'certificate chain not trusted', '2 KB paste': paste(2048), '100 KB paste': paste(100 * 1024) };

for (const lang of ['en', 'zh'] as const) {
  const index = loadSearchIndex(process.cwd(), lang);
  const searcher = loadSearch(process.cwd(), lang);
  console.log(`\n[${lang}] query time (ms)`);
  for (const [name, query] of Object.entries(queries)) {
    for (let i = 0; i < 20; i++) searcher.search(query); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      searcher.search(query);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(14)} p50 ${percentile(times, 0.5).toFixed(2).padStart(7)}   p95 ${percentile(times, 0.95).toFixed(2).padStart(7)}`);
  }

  const built = `dist/${lang}/search-index.json`;
  const json = existsSync(built) ? readFileSync(built) : Buffer.from(JSON.stringify(index));
  console.log(`[${lang}] index ${kb(json.length)} raw, ${kb(gzipSync(json).length)} gzip${existsSync(built) ? '' : ' (from content; run npm run build for the shipped file)'}`);
  if (existsSync(`dist/${lang}/search/index.html`)) {
    const { paste, typed, code, index: indexBytes } = searchDownload('dist', lang);
    console.log(
      `[${lang}] a paste downloads code ${kb(code)} + index ${kb(indexBytes)} = ${kb(paste)} gzip (budget 30 KB, beyond the site-wide script); a typed query adds fuzzy matching and words: ${kb(typed)} in all`,
    );
  }
}

// What each further language's pack adds to a paste written in it (loaded on demand by its marker words).
if (existsSync('dist/lexicon')) {
  const packs = readdirSync('dist/lexicon')
    .filter((name) => name.endsWith('.json'))
    .sort();
  console.log(
    `\npacks (gzip, loaded only by a paste that carries their markers: a further language, or an on-demand stack): ${packs.map((name) => `${name.replace('.json', '')} ${kb(gzipSync(readFileSync(`dist/lexicon/${name}`)).length)}`).join(', ')}`,
  );
}
