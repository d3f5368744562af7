/**
 * Whether search offers the wizard above its results: when scenarios with evidence score about equally
 * (questions tell them apart), or when nothing in the text names a cause (questions find it). One rule
 * for the page, the evaluation and the lab.
 */
export const offersWizard = (outcome: { ambiguous: boolean; vague: boolean }): boolean => outcome.ambiguous || outcome.vague;

/**
 * Whether a ranking serves the reader: the expected scenario first, or, where the text cannot tell, in
 * the top 3 with the wizard offered. `rank` is the expected scenario's place (-1 when absent). The
 * measure `eval:search` prints and the lab asserts.
 */
export const firstOrGuided = (rank: number, outcome: { ambiguous: boolean; vague: boolean }): boolean => rank === 0 || (rank > 0 && rank < 3 && offersWizard(outcome));
