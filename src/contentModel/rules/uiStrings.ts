import { dataFiles } from '../dataFiles.ts';
import type { ContentProblem } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Compares the key sets of two UI string tables; returns a problem per missing, extra or empty key. */
export function compareUiStrings(reference: Record<string, unknown>, other: Record<string, unknown>, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(reference)) {
    if (!(key in other)) problems.push({ file, message: `missing UI string "${key}"` });
    else if (typeof other[key] !== 'string' || !other[key].trim()) problems.push({ file, message: `UI string "${key}" is empty` });
  }
  for (const key of Object.keys(other)) {
    if (!(key in reference)) problems.push({ file, message: `UI string "${key}" is not in ${dataFiles.uiStringsEn.file}` });
  }
  return problems;
}

/** Every language has exactly English's UI strings, none empty. */
export const uiStrings: ContentRule = ({ data }) => (data.uiStringsEn && data.uiStringsZh ? compareUiStrings(data.uiStringsEn, data.uiStringsZh, dataFiles.uiStringsZh.file) : []);
