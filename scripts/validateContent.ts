// Runs every content check without building the site (the same rules as the build): quick feedback while writing.
import { checkContent } from '../src/contentModel/checkContent.ts';
import { formatProblems, loadProject } from '../src/contentModel/project.ts';

const project = loadProject(process.cwd());
const problems = checkContent(project);
if (problems.length) {
  console.error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`Content OK: ${project.entries.length} articles and every data file.`);
