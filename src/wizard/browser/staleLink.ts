// On the 404 page: a wizard link that no longer matches the tree (or was hand-edited) is sent to the
// nearest valid step, found by replaying it through the wizard machine, with a notice.
import { decodeOrKeep } from '../../client/decodeOrKeep.ts';
import { locales } from '../../ids/locales.ts';
import { stepPath } from '../stepPath.ts';

export function redirectStaleWizardLink(): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escape(base)}(${locales.join('|')})/wizard/(.*)$`).exec(window.location.pathname);
  if (!match) return;
  const [, lang, rest = ''] = match;
  const segments = rest.split('/').filter(Boolean).map(decodeOrKeep);
  void import('./pasteEngine.ts')
    .then((engine) => engine.nearestStep(`${base}wizard-data.json`, segments))
    .then((path) => window.location.replace(`${base}${lang}/${stepPath(path)}?stale=1`))
    .catch(() => undefined);
}
