// Validates everything under content/ without building the site: quick feedback while writing.
import { readContentFiles } from '../src/contentModel/readContentFiles.ts';
import { formatProblems, validateContent } from '../src/contentModel/validateContent.ts';

const entries = readContentFiles(process.cwd());
const problems = validateContent(entries);
if (problems.length) {
  console.error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`Content OK: ${entries.length} files.`);
