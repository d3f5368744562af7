// Progressive enhancement for every page: copy buttons and driver tabs. The pages read fully without it.
import { enhanceCopyButtons } from './copyButtons.ts';
import { enhanceDriverTabs } from './driverTabs.ts';

enhanceCopyButtons(document);
enhanceDriverTabs(document, window.location, window.history);

// The search engine and index load only when someone starts to use the header box.
const headerSearch = document.querySelector<HTMLFormElement>('[data-header-search]');
headerSearch?.querySelector('input')?.addEventListener(
  'focus',
  () => void import('./search/engine.ts').then((engine) => engine.warmUp(headerSearch.dataset.indexUrl ?? '')),
  { once: true },
);
