import type { ErrorSignature } from '../diagnosis/analyzeError.ts';
import { containsPhrase, normalizeCode, toMatchText } from '../diagnosis/normalize.ts';
import type { ChoiceCondition, WizardTree } from '../schemas/wizard.ts';
import type { SqlBuildVerdict } from '../diagnosis/classifySqlBuild.ts';

export interface PasteFacts {
  signature: ErrorSignature;
  sqlBuild?: SqlBuildVerdict;
}

/**
 * How strongly pasted text supports a choice: each kind of evidence counts once, specific kinds
 * (a phrase, a versioned driver, a build verdict) more than general ones (a provider, a platform);
 * between two matched phrases, the longer one wins.
 */
export function conditionScore(condition: ChoiceCondition | undefined, facts: PasteFacts): number {
  if (!condition) return 0;
  const { signature } = facts;
  let score = 0;
  const phrases = (condition.phrases ?? []).map((p) => toMatchText(p).trim()).filter((p) => containsPhrase(signature.matchText, p));
  // A longer matched phrase is more specific: "could not be found … self-signed certificate" beats
  // "self-signed certificate". The bonus stays below one point, so it only breaks ties between phrases.
  if (phrases.length) score += 3 + Math.min(0.9, Math.max(...phrases.map((p) => p.split(' ').length)) / 100);
  // A fact the vocabularies read outright (weight 4-5) counts as much as a matched phrase: the same
  // evidence, in any stack's wording or language; one they read as likely (3) counts as a code. A weaker
  // reading (merely consistent with the fact, or a loose rewording) answers nothing: a wrong pre-answer
  // costs the reader more than a question.
  const factWeight = Math.max(0, ...signature.facts.filter((f) => condition.facts?.includes(f.fact)).map((f) => f.weight));
  if (factWeight >= 4) score += 3;
  else if (factWeight === 3) score += 2;
  if (condition.codes?.some((c) => signature.codes.includes(normalizeCode(c)))) score += 2;
  if (condition.providers?.some((p) => signature.providers.includes(p.toLowerCase()))) score += 1;
  if (condition.drivers) {
    const hits = condition.drivers.map((spec): number => {
      const [id, version] = spec.split('@');
      const found = signature.drivers.find((d) => d.id === id);
      return !found ? 0 : version ? (found.version === version ? 3 : 0) : 2;
    });
    score += Math.max(0, ...hits);
  }
  if (condition.platforms && signature.platforms.length && signature.platforms.every((p) => condition.platforms!.includes(p))) score += 1;
  if (condition.sqlBuild && facts.sqlBuild?.verdict === condition.sqlBuild) score += 3;
  return score;
}

/**
 * Answers, from the start, every question the pasted text answers unambiguously (one choice scores
 * highest), and stops at the first it does not. Returns the choice ids: the path to that step.
 */
export function preAnswer(tree: WizardTree, facts: PasteFacts): string[] {
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  let node = nodes.get(tree.start);
  while (node?.kind === 'question') {
    const scored = node.choices.map((choice) => ({ choice, score: conditionScore(choice.when, facts) })).sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || best.score === 0 || (second && second.score === best.score)) break;
    path.push(best.choice.id);
    node = nodes.get(best.choice.next);
  }
  return path;
}
