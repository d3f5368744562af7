// On the 404 page: a wizard link that no longer matches the tree (or was hand-edited) is sent to the
// nearest valid step, found by replaying it through the wizard machine, with a notice.
export function redirectStaleWizardLink(): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const match = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(en|zh)/wizard/(.*)$`).exec(window.location.pathname);
  if (!match) return;
  const [, lang, rest = ''] = match;
  const segments = rest.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  void import('./pasteEngine.ts')
    .then((engine) => engine.nearestStep(`${base}wizard-data.json`, segments))
    .then((path) => window.location.replace(`${base}${lang}/wizard/${path.map((s) => `${encodeURIComponent(s)}/`).join('')}?stale=1`))
    .catch(() => undefined);
}
