import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../contentModel/checkContent.ts';
import { formatProblems, loadProject } from '../contentModel/project.ts';

/**
 * Stops `astro dev` and `astro build` before any page is rendered when the content is inconsistent
 * (src/contentModel/rules/: missing twins, ids that differ between languages, broken references,
 * missing UI strings, a broken wizard tree...), naming every file at fault.
 */
export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const project = loadProject(fileURLToPath(config.root));
        const problems = checkContent(project);
        if (problems.length) throw new Error(`Content check failed with ${problems.length} problem(s):\n${formatProblems(problems)}`);
        logger.info(`content OK (${project.entries.length} articles and every data file)`);
      },
    },
  };
}
