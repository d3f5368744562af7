import { wakeOnUse } from '../../client/wakeOnUse.ts';

/**
 * The connection-string builder and paste check need script, so their forms stay hidden until here; their
 * code and data load on first use, so the scenario pages that show them carry none of it at load.
 */
export function wakeConnectionTools(root: Document, location: Location, history: History): void {
  wakeBuilder(root, location, history);
  wakeCheck(root);
}

/** The builder loads when a link carries a choice (?cs=, ?intent=, ?driver=) or on the first touch of its form. */
function wakeBuilder(root: Document, location: Location, history: History): void {
  const builder = root.querySelector<HTMLElement>('[data-cs-builder]');
  const form = builder?.querySelector<HTMLFormElement>('[data-cs-form]');
  if (!builder || !form) return;
  form.hidden = false;
  let changed = false;
  const load = () => void import('./connectionBuilder.ts').then((m) => m.enhanceConnectionBuilder(builder, location, history, changed));
  const params = new URLSearchParams(location.search);
  if (['cs', 'intent', 'driver'].some((name) => params.has(name))) load();
  else form.addEventListener('focusin', load, { once: true });
  // A choice made before the code arrives is shown once it has.
  form.addEventListener('change', () => ((changed = true), load()), { once: true });
}

/** The paste check and the connection-string parser load on the first check. */
function wakeCheck(root: Document): void {
  const check = root.querySelector<HTMLElement>('[data-cs-check]');
  if (check) wakeOnUse(check, () => import('./connectionCheckPage.ts').then((page) => page.runCheck(check, check.querySelector('textarea')?.value ?? '')));
}
