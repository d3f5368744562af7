import { dataFiles } from '../dataFiles.ts';
import { idsOf } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Every probe finding belongs to a scenario that exists (the report and the probe page link to it). */
export const probeFindingScenarios: ContentRule = (project) => {
  const slugs = idsOf(project, 'scenarios');
  return (project.data.probeFindings ?? [])
    .filter((row) => !slugs.has(row.scenario))
    .map((row) => ({ file: dataFiles.probeFindings.file, message: `finding ${row.finding} names unknown scenario "${row.scenario}"` }));
};
