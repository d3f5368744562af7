// A paste too long for a text area is kept aside: Chromium takes about a second to render a megabyte
// of text in one (measured on a bare page: npm run bench:paste), which would freeze the page the reader
// is waiting on. The box shows the start of the paste and a line under it says how much was pasted;
// everything that reads the box reads the whole paste through `text()`.
import { fill } from './fill.ts';

/** From this length a paste is held instead of going into the box. */
export const heldPasteChars = 50_000;
/** How much of a held paste the box shows. */
export const shownPasteChars = 4_000;

export interface HeldPaste {
  /** The whole paste while it is held, otherwise what the box holds. */
  text(): string;
  /** Removes a pattern from the held paste and the box alike (a pasted private key, say). */
  remove(pattern: RegExp): void;
  /** Puts a text in the box as a paste would (held when long), without an `input` event. */
  set(text: string): void;
}

/**
 * Holds long pastes into `box`. `say` is called with the pasted length when a paste is held and with
 * `undefined` when it is let go (the reader edits the box). Register it before the page's own `input`
 * listeners: it lets go of a held paste before they read the box.
 */
export function holdLongPastes(box: HTMLTextAreaElement, say: (chars: number | undefined) => void): HeldPaste {
  let held: string | undefined;
  let shown = '';
  const hold = (text: string) => {
    held = text;
    shown = text.slice(0, shownPasteChars);
    box.value = shown;
    say(text.length);
  };
  box.addEventListener('paste', (event) => {
    const clip = event.clipboardData?.getData('text/plain') ?? '';
    const before = (held ?? box.value).slice(0, held === undefined ? box.selectionStart : 0);
    const after = held === undefined ? box.value.slice(box.selectionEnd) : '';
    const text = before + clip + after;
    if (text.length < heldPasteChars) return;
    event.preventDefault();
    hold(text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  box.addEventListener('input', () => {
    if (held === undefined || box.value === shown) return;
    held = undefined;
    say(undefined);
  });
  return {
    text: () => held ?? box.value,
    set(text) {
      if (text.length >= heldPasteChars) return hold(text);
      if (held !== undefined) say(undefined);
      held = undefined;
      box.value = text;
    },
    remove(pattern) {
      if (held !== undefined) {
        held = held.replace(pattern, '');
        shown = held.slice(0, shownPasteChars);
      }
      box.value = held === undefined ? box.value.replace(pattern, '') : shown;
    },
  };
}

/**
 * Holds long pastes into `box` and says so in `notice` (an element whose `data-text` is the UI string
 * `paste.held`, with `{chars}` and `{shown}`), hidden while nothing is held.
 */
export function holdLongPastesWithNotice(box: HTMLTextAreaElement, notice: HTMLElement | null): HeldPaste {
  return holdLongPastes(box, (chars) => {
    if (!notice) return;
    notice.hidden = chars === undefined;
    const number = new Intl.NumberFormat(document.documentElement.lang || undefined);
    notice.textContent = chars === undefined ? '' : fill(notice.dataset.text, { chars: number.format(chars), shown: number.format(shownPasteChars) });
  });
}
