import { articles, type ContentProblem } from '../project.ts';
import type { ContentRule } from './rule.ts';

/**
 * A scenario's search keywords are words its article uses (in any case): a typed keyword opens a page
 * that talks about it, never one where the word only sounded right.
 */
export const keywordsInArticle: ContentRule = (project) => {
  const problems: ContentProblem[] = [];
  for (const entry of articles(project, 'scenarios')) {
    const { keywords, ...frontmatter } = entry.value;
    const text = `${JSON.stringify(frontmatter)}\n${entry.body}`.toLowerCase();
    for (const keyword of keywords) if (!text.includes(keyword.toLowerCase())) problems.push({ file: entry.file, message: `keyword "${keyword}" does not occur in the article` });
  }
  return problems;
};
