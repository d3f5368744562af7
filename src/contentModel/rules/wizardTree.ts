import { maxAnswers, type WizardTree } from '../../schemas/wizard.ts';
import { dataFiles } from '../dataFiles.ts';
import { articles } from '../project.ts';
import type { ContentRule } from './rule.ts';

/**
 * Checks the tree: ids unique, every choice leads to an existing node, every outcome names existing
 * scenarios and fix ids, no cycles, no dead ends, no path longer than maxAnswers, every scenario reachable.
 * Messages name the node (and choice) at fault.
 */
export function treeProblems(tree: WizardTree, scenarioFixes: Map<string, Set<string>>, factIds?: Set<string>): string[] {
  const problems: string[] = [];
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  if (nodes.size !== tree.nodes.length) {
    const seen = new Set<string>();
    for (const n of tree.nodes) {
      if (seen.has(n.id)) problems.push(`node ${n.id}: id used twice`);
      seen.add(n.id);
    }
  }
  if (!nodes.has(tree.start)) problems.push(`start: node ${tree.start} does not exist`);

  for (const node of tree.nodes) {
    if (node.kind === 'question') {
      const ids = new Set<string>();
      for (const choice of node.choices) {
        if (ids.has(choice.id)) problems.push(`node ${node.id}: choice id ${choice.id} used twice`);
        ids.add(choice.id);
        if (!nodes.has(choice.next)) problems.push(`node ${node.id}, choice ${choice.id}: next node ${choice.next} does not exist`);
        for (const fact of choice.when?.facts ?? []) {
          if (factIds && !factIds.has(fact)) problems.push(`node ${node.id}, choice ${choice.id}: unknown fact "${fact}" (see ${dataFiles.facts.file})`);
        }
      }
    } else {
      for (const slug of node.scenarios) if (!scenarioFixes.has(slug)) problems.push(`node ${node.id}: scenario ${slug} does not exist`);
      for (const fix of node.fixes) {
        if (!node.scenarios.some((slug) => scenarioFixes.get(slug)?.has(fix))) problems.push(`node ${node.id}: fix ${fix} is not in ${node.scenarios.join(' or ')}`);
      }
      if (node.scenarios.length > 1 && !node.decide) problems.push(`node ${node.id}: an outcome with several scenarios needs \`decide\``);
    }
  }
  if (problems.length) return problems;

  // Depth-first walk from the start: cycles, path length, reachability.
  const reached = new Set<string>();
  const walk = (id: string, trail: string[]) => {
    if (trail.includes(id)) {
      problems.push(`node ${id}: cycle ${[...trail, id].join(' → ')}`);
      return;
    }
    reached.add(id);
    const node = nodes.get(id)!;
    if (node.kind === 'outcome') {
      if (trail.length > maxAnswers) problems.push(`node ${id}: reached after ${trail.length} answers (${[...trail, id].join(' → ')}), more than ${maxAnswers}`);
      return;
    }
    for (const choice of node.choices) walk(choice.next, [...trail, id]);
  };
  walk(tree.start, []);

  for (const node of tree.nodes) if (!reached.has(node.id)) problems.push(`node ${node.id}: not reachable from ${tree.start}`);
  const reachedScenarios = new Set(tree.nodes.filter((n) => n.kind === 'outcome' && reached.has(n.id)).flatMap((n) => (n.kind === 'outcome' ? n.scenarios : [])));
  for (const slug of scenarioFixes.keys()) if (!reachedScenarios.has(slug)) problems.push(`scenario ${slug}: no wizard outcome leads to it`);
  return problems;
}

/** The decision tree (content/wizard/tree.yaml) is whole: see treeProblems. */
export const wizardTree: ContentRule = (project) => {
  if (!project.data.wizardTree) return [];
  const scenarioFixes = new Map(articles(project, 'scenarios', 'en').map((e) => [e.id, new Set(e.value.fixes.map((f) => f.id))]));
  const factIds = project.data.facts ? new Set(project.data.facts.facts.map((f) => f.id)) : undefined;
  return treeProblems(project.data.wizardTree, scenarioFixes, factIds).map((message) => ({ file: dataFiles.wizardTree.file, message }));
};
