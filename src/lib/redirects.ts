import type { IdRedirect } from '../contentModel/publicIds.ts';
import { locales } from '../schemas/vocabulary.ts';
import { stepPath } from '../wizard/stepPath.ts';
import { errorPath, scenarioPath } from './paths.ts';

/** A forwarding from one site path to another (paths without the base, e.g. `en/e/31/`). */
export interface Forward {
  from: string;
  to: string;
}

const movedPath = (redirect: IdRedirect, id: string) =>
  redirect.kind === 'scenarios'
    ? scenarioPath(id)
    : redirect.kind === 'errors'
      ? errorPath(id)
      : redirect.kind === 'shortLinks'
        ? `e/${id}/`
        : redirect.kind === 'wizardSteps'
          ? stepPath(id ? id.split('/') : [])
          : undefined;

/** Short links for every error code, and forwards for pages whose id was renamed (content/redirects.json). */
export function siteForwards(errors: { id: string; codes: string[] }[], redirects: IdRedirect[]): Forward[] {
  const forwards: Forward[] = [];
  for (const lang of locales) {
    for (const error of errors) for (const code of error.codes) forwards.push({ from: `${lang}/e/${code}/`, to: `${lang}/${errorPath(error.id)}` });
    for (const redirect of redirects) {
      const from = movedPath(redirect, redirect.from);
      const to = redirect.kind === 'shortLinks' ? undefined : movedPath(redirect, redirect.to);
      if (from && to) forwards.push({ from: `${lang}/${from}`, to: `${lang}/${to}` });
    }
  }
  return forwards;
}
