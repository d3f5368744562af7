import type { Scenario } from '../../schemas/scenario.ts';
import { articles } from '../project.ts';
import { codeWithoutComments } from './codeWithoutComments.ts';
import { firstDifference } from './firstDifference.ts';
import { englishTwin, type ContentRule } from './rule.ts';

/**
 * The language-neutral facts of a scenario; both twins must state them identically (only prose, and the
 * comments inside code, are translated).
 */
function scenarioFacts(s: Scenario) {
  return {
    side: s.side,
    stage: s.stage,
    platforms: s.platforms,
    drivers: s.drivers,
    related: s.related,
    resolves: s.resolves,
    situational: s.situational,
    driverSpecific: s.driverSpecific,
    signals: s.signals,
    checks: s.checks.map((c) => ({ id: c.id, platforms: c.platforms, code: c.code && codeWithoutComments(c.code) })),
    fixes: s.fixes.map((f) => ({
      id: f.id,
      kind: f.kind,
      platforms: f.platforms,
      drivers: f.drivers,
      appliesTo: f.appliesTo,
      risk: f.risk,
      saferAlternative: f.saferAlternative,
      code: f.steps.map((step) => (step.code && codeWithoutComments(step.code)) ?? step.artifact ?? null),
      variants: f.variants?.map((v) => ({ driver: v.driver, minVersion: v.minVersion, code: codeWithoutComments(v.code) })),
    })),
  };
}

export const scenarioTwinFacts: ContentRule = (project) =>
  articles(project, 'scenarios')
    .filter((entry) => entry.lang !== 'en')
    .flatMap((entry) => {
      const english = englishTwin(project, entry);
      const diff = english && firstDifference(scenarioFacts(english.value), scenarioFacts(entry.value));
      return diff ? [{ file: entry.file, message: `differs from its English twin in language-neutral facts: ${diff}` }] : [];
    });
