import { z } from 'astro/zod';

/** content/home.json: the error pages offered as entry points, most often hit first. */
export const homeSchema = z.object({ commonErrors: z.array(z.string().min(1)).min(1) });
export type Home = z.infer<typeof homeSchema>;

/** content/i18n/<locale>.json: UI string key → text (the key sets are compared by a content rule). */
export const uiStringsSchema = z.record(z.string(), z.unknown());

/** The kinds of public ids (content/public-ids.json), each a list of ids a link can name. */
export const publicIdKinds = ['scenarios', 'scenarioAnchors', 'errors', 'errorAnchors', 'shortLinks', 'wizardSteps', 'pageAnchors', 'downloads', 'connectionStrings'] as const;

/** A redirect for an id that was removed: `from` and `to` use the same notation as the id lists. */
export const idRedirectSchema = z.strictObject({ kind: z.enum(publicIdKinds), from: z.string(), to: z.string() });
export type IdRedirect = z.infer<typeof idRedirectSchema>;

/** content/redirects.json */
export const redirectsSchema = z.object({ redirects: z.array(idRedirectSchema) });
