import { analyzeError } from '../../diagnosis/analyzeError.ts';
import { buildLexicon } from '../../diagnosis/buildLexicon.ts';
import { compileHints } from '../../diagnosis/hints.ts';
import { compileWithPacks } from '../../diagnosis/lexicon.ts';
import { articles } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** A vocabulary reading this strong states the fact outright (a stack's own message or code). */
const outright = 4;

/**
 * A scenario's signals are for wording specific to it. A signal that the stack vocabularies already read
 * as a fact the scenario resolves is the same evidence twice: search counts the stronger of the two
 * readings, so the copy only weighs on the index every paste downloads, and drifts from the vocabulary
 * when that is corrected. (Checked on the English twin: signals are the same in both languages.)
 */
export const redundantSignals: ContentRule = (project) => {
  const facts = project.data.facts?.facts;
  const hintsData = project.data.hints;
  if (!facts || !hintsData || !project.vocabularies.length) return [];
  const { data, packs } = buildLexicon(
    project.vocabularies.map((v) => v.vocabulary),
    facts,
  );
  const lexicon = compileWithPacks(data, packs);
  const hints = compileHints(hintsData);
  return articles(project, 'scenarios', 'en').flatMap((scenario) => {
    const resolved = new Set(scenario.value.resolves.map((r) => r.fact));
    return scenario.value.signals.flatMap((signal) => {
      // A context fact never stands for the failure: a signal read only as one still says something of its own.
      const read = analyzeError(signal.value, hints, lexicon).facts.find((hit) => hit.scope !== 'context' && resolved.has(hit.fact) && hit.weight >= outright);
      return read
        ? [
            {
              file: scenario.file,
              message: `signal "${signal.value}" is read by the vocabularies as ${read.fact}, which this scenario resolves: remove the signal (the fact carries it)`,
            },
          ]
        : [];
    });
  });
};
