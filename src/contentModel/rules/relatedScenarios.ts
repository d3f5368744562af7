import { articles, idsOf, type ContentProblem } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Related scenarios exist, and a scenario is not related to itself. */
export const relatedScenarios: ContentRule = (project) => {
  const slugs = idsOf(project, 'scenarios');
  const problems: ContentProblem[] = [];
  for (const entry of articles(project, 'scenarios')) {
    for (const slug of entry.value.related) {
      if (!slugs.has(slug)) problems.push({ file: entry.file, message: `related scenario ${slug} does not exist` });
      if (slug === entry.id) problems.push({ file: entry.file, message: 'a scenario cannot be related to itself' });
    }
  }
  return problems;
};
