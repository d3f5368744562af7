import { showLikelyFix } from './likelyFix.ts';
import { showSaferAlternatives } from './saferAlternatives.ts';

/** The tab of one driver panel, named as the panel's heading names its driver (`<fix>--<driver>` → `<fix>--tab-<driver>`). */
function tabFor(panel: HTMLElement): HTMLButtonElement {
  const driver = panel.dataset.driver ?? '';
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.setAttribute('role', 'tab');
  tab.id = `${panel.id.slice(0, panel.id.length - driver.length)}tab-${driver}`;
  tab.setAttribute('aria-controls', panel.id);
  tab.dataset.driver = driver;
  tab.textContent = panel.querySelector('[data-tab-label]')?.textContent ?? driver;
  return tab;
}

/**
 * Turns each `[data-driver-tabs]` group into ARIA tabs. The selected driver comes from `?driver=`
 * (so a ticket link opens the reader's driver), is shared by every group on the page, and is written
 * back to the URL when the reader picks another one.
 */
export function enhanceDriverTabs(root: ParentNode, location: Location, history: History): void {
  const groups = [...root.querySelectorAll<HTMLElement>('[data-driver-tabs]')];

  // The reader's driver also picks the version of the "most likely fix" block near the top.
  const select = (driver: string | null, focusGroup?: HTMLElement) => {
    showLikelyFix(root, driver);
    showSaferAlternatives(root, driver);
    for (const group of groups) {
      const tabs = [...group.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
      const chosen = tabs.find((tab) => tab.dataset.driver === driver) ?? tabs[0];
      for (const tab of tabs) {
        const on = tab === chosen;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        const panel = group.querySelector<HTMLElement>(`#${CSS.escape(tab.getAttribute('aria-controls') ?? '')}`);
        if (panel) panel.hidden = !on;
        if (on && group === focusGroup) tab.focus();
      }
    }
  };

  for (const group of groups) {
    group.classList.add('tabs-ready');
    const list = group.querySelector<HTMLElement>('[role="tablist"]');
    const panels = [...group.querySelectorAll<HTMLElement>('.driver-panel')];
    if (list) {
      list.replaceChildren(...panels.map(tabFor));
      list.hidden = false;
    }
    for (const panel of panels) panel.setAttribute('role', 'tabpanel');
    const tabs = [...group.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    for (const [index, tab] of tabs.entries()) {
      tab.addEventListener('click', () => {
        const url = new URL(location.href);
        url.searchParams.set('driver', tab.dataset.driver ?? '');
        history.replaceState(history.state, '', url);
        select(tab.dataset.driver ?? null);
      });
      tab.addEventListener('keydown', (event) => {
        const step = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: tabs.length - 1 - index }[event.key];
        if (step === undefined) return;
        event.preventDefault();
        const next = tabs[(index + step + tabs.length) % tabs.length];
        next?.click();
        select(next?.dataset.driver ?? null, group);
      });
    }
  }
  select(new URLSearchParams(location.search).get('driver'));
}
