import type { ArtifactRef } from '../../schemas/artifacts.ts';
import { dataFiles } from '../dataFiles.ts';
import { articles, type ContentProject } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** Why a fix step's artifact cannot be generated, or undefined when it can. */
function unresolved(ref: ArtifactRef, { data }: ContentProject): string | undefined {
  if ('registry' in ref) return data.registry?.some((c) => c.id === ref.registry) ? undefined : `unknown registry artifact "${ref.registry}" (${dataFiles.registry.file})`;
  const id = 'openssl' in ref ? ref.openssl : ref.cryptoPolicy;
  const policy = data.openssl?.find((p) => p.id === id);
  if (!policy) return `unknown OpenSSL policy "${id}" (${dataFiles.openssl.file})`;
  if ('cryptoPolicy' in ref && !policy.rhelPolicy) return `OpenSSL policy "${id}" has no rhelPolicy (${dataFiles.openssl.file})`;
  return undefined;
}

/** Every artifact a fix step names is defined in content/artifacts/ (the page, the downloads and the tests are generated from it). */
export const artifactReferences: ContentRule = (project) => {
  // Without the artifact files (unreadable, or a test project) their own problem is reported instead.
  if (!project.data.registry || !project.data.openssl) return [];
  return articles(project, 'scenarios').flatMap((entry) =>
    entry.value.fixes.flatMap((fix) =>
      fix.steps.flatMap((step) => {
        const problem = step.artifact && unresolved(step.artifact, project);
        return problem ? [{ file: entry.file, message: `${fix.id}: ${problem}` }] : [];
      }),
    ),
  );
};
