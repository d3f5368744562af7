import type { ContentRule } from './rule.ts';

/** Files that could not be read, and frontmatter or data that fails its schema (found while loading the project). */
export const readProblems: ContentRule = (project) => project.readProblems;
