import { dataFiles } from '../dataFiles.ts';
import { articles, type ContentProblem } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Every certificate finding links a scenario that exists and one of that scenario's fixes (its `#fix-` anchor). */
export const certificateFindingFixes: ContentRule = (project) => {
  const fixes = new Map(articles(project, 'scenarios', 'en').map((e) => [e.id, new Set(e.value.fixes.map((f) => f.id))]));
  const file = dataFiles.certificateFindings.file;
  const problems: ContentProblem[] = [];
  for (const { finding, scenario, fix } of project.data.certificateFindings?.findings ?? []) {
    const ids = fixes.get(scenario);
    if (!ids) problems.push({ file, message: `finding ${finding} names unknown scenario "${scenario}"` });
    else if (!ids.has(fix)) problems.push({ file, message: `finding ${finding}: scenario ${scenario} has no fix "${fix}"` });
  }
  return problems;
};
