import { articles } from '../project.ts';
import type { ContentRule } from './rule.ts';

/** A connection-string fix is written per driver (the driver tabs), never as one string for all. */
export const connectionStringFixes: ContentRule = (project) =>
  articles(project, 'scenarios').flatMap((entry) =>
    entry.value.fixes
      .filter((fix) => fix.kind === 'connection-string' && !fix.variants?.length)
      .map((fix) => ({ file: entry.file, message: `${fix.id}: connection-string fixes need per-driver \`variants\`` })),
  );
