import type { z } from 'astro/zod';
import { errorPageSchema } from '../schemas/errorPage.ts';
import { overviewPageSchema } from '../schemas/overviewPage.ts';
import { scenarioSchema } from '../schemas/scenario.ts';
import { toolPageSchema } from '../schemas/toolPage.ts';

/**
 * The bilingual collections under content/: folder name, file pattern and schema.
 * Used by src/content.config.ts (pages) and by the validator (build gate, scripts, tests).
 */
export const bilingualCollections = {
  scenarios: { folder: 'scenarios', schema: scenarioSchema },
  errors: { folder: 'errors', schema: errorPageSchema },
  pages: { folder: 'pages', schema: overviewPageSchema },
  tools: { folder: 'tools', schema: toolPageSchema },
} as const satisfies Record<string, { folder: string; schema: z.ZodType }>;

export type CollectionName = keyof typeof bilingualCollections;
