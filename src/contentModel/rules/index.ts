// Every content check, in one list: the build gate (src/integrations/contentGate.ts), `npm run
// validate:content` and the real-content test all run exactly these. A new check is a new rule here.
import { artifactReferences } from './artifactReferences.ts';
import { certificateFindingFixes } from './certificateFindingFixes.ts';
import { connectionStringFixes } from './connectionStringFixes.ts';
import { connectionStringPages } from './connectionStringPages.ts';
import { errorCodeOwners, errorPageScenarios, errorPageTwinFacts } from './errorPages.ts';
import { failureFacts } from './failureFacts.ts';
import { headingIds } from './headingIds.ts';
import { homeErrors } from './homeErrors.ts';
import { keywordsInArticle } from './keywordsInArticle.ts';
import { overviewSteps } from './overviewSteps.ts';
import { platformCoverage } from './platformCoverage.ts';
import { probeFindingScenarios } from './probeFindingScenarios.ts';
import { readProblems } from './readProblems.ts';
import { redundantSignals } from './redundantSignals.ts';
import { relatedScenarios } from './relatedScenarios.ts';
import { revisions } from './revisions.ts';
import type { ContentRule } from './rule.ts';
import { saferAlternatives } from './saferAlternatives.ts';
import { scenarioAnchors } from './scenarioAnchors.ts';
import { scenarioTwinFacts } from './scenarioTwinFacts.ts';
import { twins } from './twins.ts';
import { uiStrings } from './uiStrings.ts';
import { vocabularyReaders } from './vocabularyReaders.ts';
import { wizardTree } from './wizardTree.ts';

export type { ContentRule } from './rule.ts';

export const contentRules: ContentRule[] = [
  readProblems,
  twins,
  headingIds,
  revisions,
  scenarioAnchors,
  connectionStringFixes,
  saferAlternatives,
  platformCoverage,
  relatedScenarios,
  keywordsInArticle,
  scenarioTwinFacts,
  errorPageScenarios,
  errorPageTwinFacts,
  errorCodeOwners,
  overviewSteps,
  uiStrings,
  homeErrors,
  wizardTree,
  artifactReferences,
  connectionStringPages,
  probeFindingScenarios,
  failureFacts,
  vocabularyReaders,
  redundantSignals,
  certificateFindingFixes,
];
