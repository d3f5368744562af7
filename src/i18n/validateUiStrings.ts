import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../contentModel/validateContent.ts';

/** UI string files, one per locale; English is the reference set of keys. */
export const uiStringFiles = { en: 'content/i18n/en.json', zh: 'content/i18n/zh-CN.json' } as const;

/** Compares the key sets of two UI string tables; returns a problem per missing, extra or empty key. */
export function compareUiStrings(reference: Record<string, unknown>, other: Record<string, unknown>, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(reference)) {
    if (!(key in other)) problems.push({ file, message: `missing UI string "${key}"` });
    else if (typeof other[key] !== 'string' || !(other[key] as string).trim()) problems.push({ file, message: `UI string "${key}" is empty` });
  }
  for (const key of Object.keys(other)) {
    if (!(key in reference)) problems.push({ file, message: `UI string "${key}" is not in ${uiStringFiles.en}` });
  }
  return problems;
}

/** Reads the UI string files under `root` and checks every locale has exactly English's keys. */
export function validateUiStrings(root: string): ContentProblem[] {
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
  return compareUiStrings(read(uiStringFiles.en), read(uiStringFiles.zh), uiStringFiles.zh);
}
