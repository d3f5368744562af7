import { bodyHeadingIds, hasMarkdownHeading } from '../headings.ts';
import type { ContentProblem } from '../project.ts';
import { firstDifference } from './firstDifference.ts';
import { englishTwin, type ContentRule } from './rule.ts';

/** Headings inside articles carry explicit ids, identical in both languages, so links to them survive edits. */
export const headingIds: ContentRule = (project) => {
  const problems: ContentProblem[] = [];
  for (const entry of project.parsed) {
    if (hasMarkdownHeading(entry.body)) problems.push({ file: entry.file, message: 'body headings need an explicit id: write <h3 id="some-id">Title</h3> instead of ### Title' });
    const english = entry.lang === 'en' ? undefined : englishTwin(project, entry);
    const diff = english && firstDifference(bodyHeadingIds(english.body), bodyHeadingIds(entry.body), 'heading ids');
    if (diff) problems.push({ file: entry.file, message: `differs from its English twin: ${diff}` });
  }
  return problems;
};
