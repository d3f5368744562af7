import { dataFiles } from '../dataFiles.ts';
import { idsOf } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** The scenario pages that show the connection-string builder and paste check exist. */
export const connectionStringPages: ContentRule = (project) => {
  const slugs = idsOf(project, 'scenarios');
  return Object.keys(project.data.connectionStrings?.showOn ?? {})
    .filter((slug) => !slugs.has(slug))
    .map((slug) => ({ file: dataFiles.connectionStrings.file, message: `showOn names unknown scenario "${slug}"` }));
};
