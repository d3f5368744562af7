// Progressive enhancement for every page: anchor aliases, the language switch, the query boxes, the header
// search, and the controls of the components a page renders (copy and share buttons, driver tabs, generated
// files, the connection tools, the probe page's report box). The pages read fully without it. One script for every page: with each
// component's own script the browser fetched up to a dozen small files, and their per-response overhead
// weighed more than the code (npm run budgets measures each response as the wire carries it). The
// enhancers are small; what is heavy (search, the wizard's engine, the certificate checker, the connection
// tools' code) loads on first use.
import { enhanceArtifactFiles } from '../artifacts/browser/artifactFiles.ts';
import { wakeConnectionTools } from '../connectionStrings/browser/wakeConnectionTools.ts';
import { wakeWindowsReportBox } from '../probe/browser/wakeWindowsReportBox.ts';
import { decodeOrKeep } from '../client/decodeOrKeep.ts';
import { enhanceCopyButtons } from './copyButtons.ts';
import { enhanceDriverTabs } from './driverTabs.ts';
import { enhanceShareButtons } from './shareButtons.ts';
import { keepLongPaste } from '../client/queryLimits.ts';
import { rememberLocale } from './languageChoice.ts';
import { keepReadersChoices } from './languageSwitch.ts';

enhanceCopyButtons(document);
enhanceShareButtons(document);
enhanceDriverTabs(document, window.location, window.history);
enhanceArtifactFiles(document);
wakeConnectionTools(document, window.location, window.history);
wakeWindowsReportBox(document);

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
  ?.addEventListener('focus', () => void import('../search/browser/warmUpSearch.ts').then(({ warmUpSearch }) => warmUpSearch(headerSearch.dataset.indexUrl ?? '')), {
    once: true,
  });
