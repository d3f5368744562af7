import type { ContentProblem, ContentProject } from './project.ts';
import { contentRules } from './rules/index.ts';

/** Runs every content rule over the project; an empty list means the content is consistent. */
export function checkContent(project: ContentProject): ContentProblem[] {
  return contentRules.flatMap((rule) => rule(project));
}
