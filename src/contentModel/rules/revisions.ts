import type { ContentProblem } from '../project.ts';
import { englishTwin, type ContentRule } from './rule.ts';

/** English articles carry `revision`, translations the English revision they translate (never a newer one). */
export const revisions: ContentRule = (project) => {
  const problems: ContentProblem[] = [];
  for (const entry of project.parsed) {
    const { revision, translatedRevision } = entry.value;
    if (entry.lang === 'en') {
      if (revision === undefined) problems.push({ file: entry.file, message: 'English pages need `revision`' });
      continue;
    }
    if (translatedRevision === undefined) problems.push({ file: entry.file, message: 'translations need `translatedRevision` (the English revision they translate)' });
    const english = englishTwin(project, entry)?.value.revision;
    if (english !== undefined && translatedRevision !== undefined && translatedRevision > english) {
      problems.push({ file: entry.file, message: `translatedRevision ${translatedRevision} is newer than the English revision ${english}` });
    }
  }
  return problems;
};
