// Lists Chinese pages whose `translatedRevision` is older than their English page's `revision`.
import { readContentFiles } from '../src/contentModel/readContentFiles.ts';

const entries = readContentFiles(process.cwd());
const revisionOf = (data: unknown, key: 'revision' | 'translatedRevision') => (data as Record<string, number | undefined> | undefined)?.[key];
let stale = 0;
for (const zh of entries.filter((e) => e.lang === 'zh')) {
  const en = entries.find((e) => e.lang === 'en' && e.collection === zh.collection && e.id === zh.id);
  const current = revisionOf(en?.data, 'revision');
  const translated = revisionOf(zh.data, 'translatedRevision');
  if (current !== undefined && translated !== undefined && translated < current) {
    stale++;
    console.log(`${zh.file}: translates revision ${translated}, English is at ${current}`);
  }
}
console.log(stale ? `${stale} translation(s) behind their English page.` : 'All translations are up to date.');
