import { dataFiles } from '../dataFiles.ts';
import { articles, type ContentProblem } from '../project.ts';
import type { ContentRule } from './rule.ts';

/**
 * Failure facts hold together: every fact a vocabulary or scenario names exists; every TLS fact is
 * resolved by at least one scenario (otherwise a paste that states it finds nothing); a fact absorbs only
 * TLS facts; every fact has its short name in each UI language, and every fact outside TLS its answer (`oos.<id>`).
 */
export const failureFacts: ContentRule = (project) => {
  const facts = project.data.facts?.facts;
  if (!facts) return [];
  const ids = new Set(facts.map((f) => f.id));
  const problems: ContentProblem[] = [];
  for (const { file, vocabulary } of project.vocabularies) {
    vocabulary.entries.forEach((entry, i) => {
      if (!ids.has(entry.fact)) problems.push({ file, message: `entries.${i}: unknown fact "${entry.fact}" (see ${dataFiles.facts.file})` });
    });
  }
  // Hints add context facts (a driver's defaults, names with versions) or a failure outside TLS, never a TLS failure.
  const scopes = new Map(facts.map((f) => [f.id, f.scope]));
  const hinted = [...(project.data.hints?.drivers.flatMap((d) => d.implies.map((i) => i.fact)) ?? []), ...(project.data.hints?.situations.map((s) => s.fact) ?? [])];
  for (const fact of hinted) {
    if (!scopes.has(fact)) problems.push({ file: dataFiles.hints.file, message: `unknown fact "${fact}" (see ${dataFiles.facts.file})` });
    else if (scopes.get(fact) === 'tls')
      problems.push({ file: dataFiles.hints.file, message: `fact "${fact}" is a TLS failure: hints may name context facts or failures outside TLS only` });
  }
  const resolved = new Set<string>();
  for (const scenario of articles(project, 'scenarios')) {
    for (const { fact, onlyWith } of scenario.value.resolves) {
      if (!ids.has(fact)) problems.push({ file: scenario.file, message: `resolves unknown fact "${fact}" (see ${dataFiles.facts.file})` });
      for (const context of onlyWith ?? [])
        if (scopes.get(context) !== 'context')
          problems.push({ file: scenario.file, message: `resolves ${fact} onlyWith "${context}", which is not a context fact (see ${dataFiles.facts.file})` });
      resolved.add(fact);
    }
  }
  for (const fact of facts) {
    // A fact absorbs handshake failures only: their readings become its own.
    for (const absorbed of fact.absorbs ?? [])
      if (scopes.get(absorbed) !== 'tls')
        problems.push({ file: dataFiles.facts.file, message: `fact "${fact.id}" absorbs "${absorbed}", which is not a handshake failure (scope tls)` });
    if (fact.scope !== 'other' && !resolved.has(fact.id)) problems.push({ file: dataFiles.facts.file, message: `fact "${fact.id}" is resolved by no scenario` });
    for (const strings of [dataFiles.uiStringsEn, dataFiles.uiStringsZh]) {
      const table = strings === dataFiles.uiStringsEn ? project.data.uiStringsEn : project.data.uiStringsZh;
      if (!table) continue;
      const wanted = [`fact.${fact.id}`, ...(fact.scope === 'other' ? [`oos.${fact.id}`] : [])];
      for (const key of wanted) if (!(key in table)) problems.push({ file: strings.file, message: `missing UI string "${key}" for fact "${fact.id}"` });
    }
  }
  return problems;
};
