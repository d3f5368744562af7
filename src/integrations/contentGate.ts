import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readArtifacts } from '../artifacts/loadArtifacts.ts';
import { viewArtifact } from '../artifacts/downloads.ts';
import { connectionStringsFile, readConnectionStrings } from '../connectionStrings/loadConnectionStrings.ts';
import { readContentFiles } from '../contentModel/readContentFiles.ts';
import type { ArtifactRef } from '../schemas/artifacts.ts';
import { formatProblems, validateContent, type ContentProblem } from '../contentModel/validateContent.ts';
import { validateHome } from '../contentModel/validateHome.ts';
import { validateUiStrings } from '../i18n/validateUiStrings.ts';
import { findingScenarios } from '../probe/findings.ts';
import { probeMessagesFile, readProbeMessages } from '../probe/loadProbeMessages.ts';
import { hintsFile, readHints } from '../search/loadSearchIndex.ts';
import { buildsFile, readTls12Builds, readWizardTree, treeFile } from '../wizard/loadWizard.ts';
import { validateTree } from '../wizard/validateTree.ts';

/**
 * Stops `astro dev` and `astro build` before any page is rendered when the content is inconsistent
 * (missing twin, ids that differ between languages, broken references, missing UI strings),
 * naming every file at fault.
 */
export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const entries = readContentFiles(root);
        const errorIds = new Set(entries.filter((e) => e.collection === 'errors').map((e) => e.id));
        const scenarioSlugs = new Set(entries.filter((e) => e.collection === 'scenarios').map((e) => e.id));
        const problems: ContentProblem[] = [...validateContent(entries), ...validateUiStrings(root), ...validateHome(root, errorIds)];
        try {
          readHints(root);
        } catch (error) {
          problems.push({ file: hintsFile, message: (error as Error).message });
        }
        try {
          readTls12Builds(root);
        } catch (error) {
          problems.push({ file: buildsFile, message: (error as Error).message });
        }
        try {
          const scenarioFixes = new Map(
            entries
              .filter((e) => e.collection === 'scenarios' && e.lang === 'en')
              .map((e) => [e.id, new Set(((e.data as { fixes?: { id: string }[] }).fixes ?? []).map((f) => f.id))]),
          );
          for (const message of validateTree(readWizardTree(root), scenarioFixes)) problems.push({ file: treeFile, message });
        } catch (error) {
          problems.push({ file: treeFile, message: (error as Error).message });
        }
        try {
          const artifacts = readArtifacts(root);
          for (const entry of entries.filter((e) => e.collection === 'scenarios')) {
            const fixes = (entry.data as { fixes?: { id: string; steps: { artifact?: ArtifactRef }[] }[] }).fixes ?? [];
            for (const fix of fixes) {
              for (const step of fix.steps) {
                if (!step.artifact) continue;
                try {
                  viewArtifact(step.artifact, artifacts);
                } catch (error) {
                  problems.push({ file: entry.file, message: `${fix.id}: ${(error as Error).message}` });
                }
              }
            }
          }
        } catch (error) {
          problems.push({ file: 'content/artifacts/', message: (error as Error).message });
        }
        try {
          for (const slug of readConnectionStrings(root).showOn) {
            if (!scenarioSlugs.has(slug)) problems.push({ file: connectionStringsFile, message: `showOn names unknown scenario "${slug}"` });
          }
        } catch (error) {
          problems.push({ file: connectionStringsFile, message: (error as Error).message });
        }
        try {
          readProbeMessages(root);
          for (const [reason, slug] of Object.entries(findingScenarios)) {
            if (!scenarioSlugs.has(slug)) problems.push({ file: 'src/probe/findings.ts', message: `finding ${reason} names unknown scenario "${slug}"` });
          }
        } catch (error) {
          problems.push({ file: probeMessagesFile, message: (error as Error).message });
        }
        if (problems.length) {
          throw new Error(`Content check failed with ${problems.length} problem(s):\n${formatProblems(problems)}`);
        }
        logger.info(`content OK (${entries.length} files)`);
      },
    },
  };
}
