import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorPageSchema } from './schemas/errorPage.ts';
import { overviewPageSchema } from './schemas/overviewPage.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { toolPageSchema } from './schemas/toolPage.ts';

// Content lives in the top-level content/ folder, one sub-folder per language.
// Entry ids are `<lang>/<slug>` (e.g. `zh/untrusted-certificate`).
const bilingual = (folder: string) => glob({ pattern: '{en,zh}/*.mdx', base: `./content/${folder}` });

export const collections = {
  scenarios: defineCollection({ loader: bilingual('scenarios'), schema: scenarioSchema }),
  errors: defineCollection({ loader: bilingual('errors'), schema: errorPageSchema }),
  pages: defineCollection({ loader: bilingual('pages'), schema: overviewPageSchema }),
  tools: defineCollection({ loader: bilingual('tools'), schema: toolPageSchema }),
};
