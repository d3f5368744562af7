/**
 * Whether search offers the wizard above its results: when scenarios with evidence score about equally
 * (questions tell them apart), or when nothing in the text names a cause (questions find it). One rule
 * for the page, the evaluation and the lab.
 */
export const offersWizard = (outcome: { ambiguous: boolean; vague: boolean }): boolean => outcome.ambiguous || outcome.vague;
