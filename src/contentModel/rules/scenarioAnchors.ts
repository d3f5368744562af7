import { articles, type ContentProblem } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Fix and check ids are anchors on the scenario page: each is used once. */
export const scenarioAnchors: ContentRule = (project) => {
  const problems: ContentProblem[] = [];
  for (const entry of articles(project, 'scenarios')) {
    for (const [kind, ids] of [
      ['fix', entry.value.fixes.map((f) => f.id)],
      ['check', entry.value.checks.map((c) => c.id)],
    ] as const) {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) problems.push({ file: entry.file, message: `${kind} id ${id} is used twice` });
        seen.add(id);
      }
    }
  }
  return problems;
};
