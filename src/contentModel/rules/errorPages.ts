import { articles, idsOf, type ContentProblem } from '../project.ts';
import { firstDifference } from './firstDifference.ts';
import { englishTwin, type ContentRule } from './rule.ts';

/** The scenarios an error page offers exist. */
export const errorPageScenarios: ContentRule = (project) => {
  const slugs = idsOf(project, 'scenarios');
  return articles(project, 'errors').flatMap((entry) =>
    entry.value.scenarios.filter((c) => !slugs.has(c.slug)).map((c) => ({ file: entry.file, message: `scenario ${c.slug} does not exist` })),
  );
};

/** Codes and candidate scenarios are the same in both languages (they are links and short links). */
export const errorPageTwinFacts: ContentRule = (project) =>
  articles(project, 'errors')
    .filter((entry) => entry.lang !== 'en')
    .flatMap((entry) => {
      const english = englishTwin(project, entry)?.value;
      const facts = (page: typeof entry.value) => ({ codes: page.codes, scenarios: page.scenarios.map((c) => c.slug) });
      const diff = english && firstDifference(facts(english), facts(entry.value));
      return diff ? [{ file: entry.file, message: `differs from its English twin: ${diff}` }] : [];
    });

/** A code is a short link (/<lang>/e/<code>/), so one error page owns it. */
export const errorCodeOwners: ContentRule = (project) => {
  const owners = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of articles(project, 'errors', 'en')) {
    for (const code of entry.value.codes) {
      const owner = owners.get(code.toLowerCase());
      if (owner) problems.push({ file: entry.file, message: `code "${code}" is also claimed by ${owner}` });
      else owners.set(code.toLowerCase(), entry.file);
    }
  }
  return problems;
};
