// Records the ids this release publishes in content/public-ids.json. It adds new ids and refuses to
// drop a published one unless content/redirects.json sends it somewhere.
import { readFileSync, writeFileSync } from 'node:fs';
import { collectProjectPublicIds } from '../src/build/projectPublicIds.ts';
import { readDataFile } from '../src/contentModel/dataFiles.ts';
import { missingPublicIds, type PublicIds } from '../src/contentModel/publicIds.ts';

const root = process.cwd();
const current = collectProjectPublicIds(root);
const file = 'content/public-ids.json';
let published: PublicIds | undefined;
try {
  published = JSON.parse(readFileSync(file, 'utf8')) as PublicIds;
} catch {
  published = undefined;
}
const { redirects } = readDataFile(root, 'redirects');
const missing = published ? missingPublicIds(published, current, redirects) : [];
if (missing.length) {
  console.error(missing.join('\n'));
  process.exit(1);
}
const merged = Object.fromEntries(
  (Object.entries(current) as [keyof PublicIds, string[]][]).map(([kind, ids]) => [
    kind,
    [...new Set([...(published?.[kind] ?? []).filter((id) => ids.includes(id) || redirects.some((r) => r.kind === kind && r.from === id)), ...ids])].sort(),
  ]),
);
writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
console.log(`${file}: ${Object.values(merged).reduce((n, ids) => n + ids.length, 0)} public ids.`);
