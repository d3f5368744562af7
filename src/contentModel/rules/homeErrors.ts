import { dataFiles } from '../dataFiles.ts';
import { idsOf } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Every error the home page offers has an error page. */
export const homeErrors: ContentRule = (project) => {
  const errorIds = idsOf(project, 'errors');
  return (project.data.home?.commonErrors ?? [])
    .filter((id) => !errorIds.has(id))
    .map((id) => ({ file: dataFiles.home.file, message: `common error "${id}" has no page in content/errors/` }));
};
