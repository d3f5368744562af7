import { articles } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Every platform a scenario lists has at least one fix: a reader on it is never left without one. */
export const platformCoverage: ContentRule = (project) =>
  articles(project, 'scenarios').flatMap((entry) =>
    entry.value.platforms
      .filter((platform) => !entry.value.fixes.some((f) => f.platforms.includes(platform)))
      .map((platform) => ({ file: entry.file, message: `no fix applies to platform ${platform}, which the scenario lists` })),
  );
