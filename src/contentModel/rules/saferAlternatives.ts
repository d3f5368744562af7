import { articles } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** A fix's `saferAlternative` (`fix-id` or `slug#fix-id`) names a fix that exists, in the same language. */
export const saferAlternatives: ContentRule = (project) =>
  articles(project, 'scenarios').flatMap((entry) =>
    entry.value.fixes
      .filter((fix) => fix.saferAlternative)
      .filter((fix) => {
        const [slug, anchor] = fix.saferAlternative!.includes('#') ? fix.saferAlternative!.split('#') : [entry.id, fix.saferAlternative!];
        const target = articles(project, 'scenarios', entry.lang).find((e) => e.id === slug);
        return !target?.value.fixes.some((f) => f.id === anchor);
      })
      .map((fix) => ({ file: entry.file, message: `${fix.id}: saferAlternative ${fix.saferAlternative} does not name an existing fix` })),
  );
