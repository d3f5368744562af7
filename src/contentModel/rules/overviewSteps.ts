import { handshakeSteps } from '../../schemas/vocabulary.ts';
import { articles } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** The handshake overview describes every step (the diagram and the scenarios' "fails at" link to them). */
export const overviewSteps: ContentRule = (project) =>
  articles(project, 'pages').flatMap((entry) => {
    const missing = handshakeSteps.filter((id) => !entry.value.steps.some((s) => s.id === id));
    return missing.length ? [{ file: entry.file, message: `steps missing: ${missing.join(', ')}` }] : [];
  });
