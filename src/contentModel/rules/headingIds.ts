import { bodyHeadingIds, hasMarkdownHeading } from '../headings.ts';
import type { ContentProblem } from '../project.ts';
import { firstDifference } from './firstDifference.ts';
import { englishTwin, type ContentRule } from './rule.ts';

/** Headings inside articles carry explicit ids, identical in both languages, so links to them survive edits. */
export const headingIds: ContentRule = (project) => {
  const problems: ContentProblem[] = [];
  for (const entry of project.parsed) {
    if (hasMarkdownHeading(entry.body)) problems.push({ file: entry.file, message: 'body headings need an explicit id: write <h3 id="some-id">Title</h3> instead of ### Title' });
    // Without a blank line, Markdown wraps the heading and the text after it in one paragraph: the text is
    // then no paragraph of its own (browsers close the <p> at the heading).
    const glued = /^<h[2-6] id="[^"]+">[^\n]*<\/h[2-6]>\n(?=\S)/m.exec(entry.body);
    if (glued) problems.push({ file: entry.file, message: `leave a blank line after the heading ${glued[0].trim()}: the text after it would not be a paragraph` });
    const english = entry.lang === 'en' ? undefined : englishTwin(project, entry);
    const diff = english && firstDifference(bodyHeadingIds(english.body), bodyHeadingIds(entry.body), 'heading ids');
    if (diff) problems.push({ file: entry.file, message: `differs from its English twin: ${diff}` });
  }
  return problems;
};
