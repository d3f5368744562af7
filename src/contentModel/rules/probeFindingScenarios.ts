import { dataFiles } from '../dataFiles.ts';
import { articles, type ContentProblem } from '../project.ts';
import type { ContentRule } from './rule.ts';

/**
 * Every probe and `sqltls client` finding, and every `sqltls probe --client` prediction rule, belongs to a scenario that exists (the report and the probe page link to it), and
 * the failure fact it predicts is one that scenario resolves: the probe, search and the wizard name a
 * failure the same way.
 */
export const probeFindingScenarios: ContentRule = (project) => {
  const resolves = new Map(articles(project, 'scenarios', 'en').map((e) => [e.id, new Set(e.value.resolves.map((r) => r.fact))]));
  const problems: ContentProblem[] = [];
  const lists = [
    { file: dataFiles.probeFindings.file, rows: project.data.probeFindings ?? [] },
    { file: dataFiles.clientFindings.file, rows: project.data.clientFindings ?? [] },
    { file: dataFiles.windowsClientFindings.file, rows: project.data.windowsClientFindings ?? [] },
    { file: dataFiles.clientPredictions.file, rows: (project.data.clientPredictions?.rules ?? []).map((rule) => ({ ...rule, finding: `rule ${rule.id}` })) },
  ];
  for (const { file, rows } of lists) {
    for (const { finding, scenario, fact } of rows) {
      const facts = resolves.get(scenario);
      if (!facts) problems.push({ file, message: `finding ${finding} names unknown scenario "${scenario}"` });
      else if (fact && !facts.has(fact))
        problems.push({ file, message: `finding ${finding}: scenario ${scenario} does not resolve fact "${fact}" (its \`resolves\` lists ${[...facts].join(', ')})` });
    }
  }
  // A finding that fails every client must predict a failure.
  const meaning = new Map((project.data.probeFindings ?? []).map((row) => [row.finding, row]));
  for (const finding of project.data.clientPredictions?.everyClient ?? [])
    if (!meaning.get(finding)?.fact) problems.push({ file: dataFiles.clientPredictions.file, message: `everyClient lists ${finding}, which predicts no failure in findings.yaml` });
  return problems;
};
