import type { BuilderData } from '../builderData.ts';
import { fetchJsonOnce } from '../../client/once.ts';
import { fill } from '../../client/fill.ts';

/**
 * The connection-string builder: the choice lives in the URL (?cs=<driver>&intent=<intent>, or the
 * page's ?driver=<family>), so a link in a ticket opens the same choice. Data loads on first use.
 */
export function enhanceConnectionBuilder(root: HTMLElement, location: Location, history: History, changedBeforeLoad = false): void {
  if (root.dataset.csReady !== undefined) return;
  const form = root.querySelector<HTMLFormElement>('[data-cs-form]');
  const driverSelect = form?.querySelector<HTMLSelectElement>('select[name="cs"]');
  const intentSelect = form?.querySelector<HTMLSelectElement>('select[name="intent"]');
  if (!form || !driverSelect || !intentSelect) return;
  root.dataset.csReady = '';
  form.hidden = false;
  const notice = root.querySelector<HTMLElement>('[data-cs-notice]')!;
  const url = root.dataset.url ?? '';

  const params = new URLSearchParams(location.search);
  // A value the builder does not offer is never shown: a crafted link cannot put its words in the page.
  let unknown = false;
  const pick = (select: HTMLSelectElement, value: string | null) => {
    if (value === null) return false;
    if ([...select.options].some((o) => o.value === value)) return ((select.value = value), true);
    unknown = true;
    return false;
  };
  let chosen = pick(driverSelect, params.get('cs'));
  if (!chosen && !params.has('cs')) {
    // A page opened with ?driver=jdbc shows that family's first driver.
    const family = params.get('driver');
    const option = [...driverSelect.options].find((o) => family && o.dataset.family === family);
    if (option) {
      driverSelect.value = option.value;
      chosen = true;
    }
  }
  chosen = pick(intentSelect, params.get('intent')) || chosen;
  if (unknown) {
    notice.textContent = root.dataset.unknown ?? '';
    notice.hidden = false;
  }

  const show = (data: BuilderData) => {
    const driver = data.drivers.find((d) => d.id === driverSelect.value) ?? data.drivers[0]!;
    const intentId = intentSelect.value as keyof typeof driver.intents;
    const entry = driver.intents[intentId] ?? driver.intents.validate;
    const risk = data.intents.find((i) => i.id === intentId)?.risk;
    const output = root.querySelector<HTMLElement>('[data-cs-output]')!;
    output.querySelector('[data-cs-heading] strong')!.textContent = `${driver.name}: ${intentSelect.selectedOptions[0]?.textContent ?? ''}`;
    output.querySelector<HTMLElement>('[data-cs-warning]')!.hidden = risk !== 'lowers-security' || !entry.code;
    const block = output.querySelector<HTMLElement>('.code')!;
    block.hidden = !entry.code;
    const code = block.querySelector('pre code')!;
    code.textContent = entry.code ?? '';
    code.setAttribute('data-lang', entry.lang ?? 'text');
    block.querySelector('.code-lang')!.textContent = entry.lang ?? 'text';
    const set = (selector: string, text: string | undefined) => {
      const element = output.querySelector<HTMLElement>(selector)!;
      element.hidden = !text;
      (element.querySelector('span') ?? element).textContent = text ?? '';
    };
    set('[data-cs-unsupported]', entry.unsupported);
    set('[data-cs-since]', entry.since ? fill(root.dataset.since, { version: entry.since }) : undefined);
    set('[data-cs-note]', [entry.note, driver.note].filter(Boolean).join(' ') || undefined);
    set('[data-cs-default]', driver.encryptDefault);
  };
  const render = () =>
    fetchJsonOnce<BuilderData>(url).then(show, () => {
      notice.textContent = root.dataset.failed ?? '';
      notice.hidden = false;
    });

  const choose = () => {
    const next = new URL(location.href);
    next.searchParams.set('cs', driverSelect.value);
    next.searchParams.set('intent', intentSelect.value);
    next.hash = 'connection-builder';
    history.replaceState(history.state, '', next);
    void render();
  };
  form.addEventListener('change', choose);
  if (changedBeforeLoad) choose();
  else if (chosen) void render();
}
