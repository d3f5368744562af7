import { z } from 'astro/zod';
import { kebabId } from './common.ts';
import { windowsClientFindingIds } from '../ids/windowsClientFindings.ts';

/**
 * content/probe/windows-client-findings.yaml: every finding of a Windows client report once, with what
 * it means. The scenario must exist and resolve the fact (checked by
 * tests/unit/probe/windowsClient/windowsClientFindingsContent.test.ts).
 */
export const windowsClientFindingSchema = z.strictObject({
  finding: z.enum(windowsClientFindingIds),
  /** The scenario page that explains and fixes it. */
  scenario: kebabId,
  /** The failure fact (content/diagnosis/facts.yaml) a client with this setting reports when a server needs what it lacks. */
  fact: kebabId,
  /** The Microsoft page the finding's rule and sentence rest on. */
  source: z.url(),
  /** One or two plain sentences per language, shown under the scenario's title. */
  message: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }),
});

export const windowsClientFindingsSchema = z.array(windowsClientFindingSchema).superRefine((rows, ctx) => {
  for (const id of windowsClientFindingIds) {
    const count = rows.filter((row) => row.finding === id).length;
    if (count !== 1)
      ctx.addIssue({ code: 'custom', message: count ? `finding ${id} is listed ${count} times` : `finding ${id} is missing: give its scenario, fact, source and message` });
  }
});
export type WindowsClientFindingMeaning = z.infer<typeof windowsClientFindingSchema>;
