// Progressive enhancement for every page: anchor aliases, the language switch, the query boxes and the
// header search. The pages read fully without it. Copy buttons, driver tabs, share buttons and artifact
// panels load with the components that render them (CodeBlock, DriverTabs, FixBlock, ArtifactBlock).
import { decodeOrKeep } from '../client/decodeOrKeep.ts';
import { keepLongPaste } from '../client/queryLimits.ts';
import { rememberLocale } from './languageChoice.ts';
import { keepReadersChoices } from './languageSwitch.ts';

// An anchor that was renamed forwards to its new place (content/redirects.json).
const alias = window.location.hash && document.getElementById(decodeOrKeep(window.location.hash.slice(1)))?.dataset.anchorAlias;
if (alias) window.location.replace(new URL(alias, window.location.href).href);

// The language switch carries the reader's choices (set at load, and again on a click: driver tabs rewrite
// the query with history.replaceState, which fires no event), and the language a reader switches to is
// remembered for links without a language prefix and for `/`.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  const refresh = () => keepReadersChoices(link, window.location);
  refresh();
  link.addEventListener('click', () => (refresh(), rememberLocale(link.dataset.langSwitch ?? '')));
}

// Boxes that open the search or wizard by a link: without script they cap a paste at the link limit
// (maxlength), with script they take any length and hand the whole text over in this tab (client/queryLimits.ts).
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-query-form]')) {
  const field = form.querySelector<HTMLInputElement | HTMLTextAreaElement>('[name="q"]');
  if (!field) continue;
  field.removeAttribute('maxlength');
  form.addEventListener('submit', () => keepLongPaste(field));
}

// The search engine and index load only when someone starts to use the header box.
const headerSearch = document.querySelector<HTMLFormElement>('[data-header-search]');
headerSearch
  ?.querySelector('input')
  ?.addEventListener('focus', () => void import('../search/browser/engine.ts').then((engine) => engine.warmUp(headerSearch.dataset.indexUrl ?? '')), { once: true });
