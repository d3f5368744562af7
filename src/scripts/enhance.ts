// Progressive enhancement for every page: copy buttons and driver tabs. The pages read fully without it.
import { enhanceCopyButtons } from './copyButtons.ts';
import { enhanceDriverTabs } from './driverTabs.ts';

enhanceCopyButtons(document);
enhanceDriverTabs(document, window.location, window.history);
