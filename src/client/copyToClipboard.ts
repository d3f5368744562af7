// One behaviour for every copy button (code blocks, fix links, ticket text, wizard links): copy, show
// the outcome on the button for a moment, and say it to screen readers. A button's changed text is not
// announced reliably (and a fix-link button keeps its aria-label), so the words also go to a status
// region, made once per page when the first button is wired: a region added at the moment of
// the announcement is not read out.

const showFor = 1600;

function statusRegion(doc: Document): HTMLElement {
  const existing = doc.querySelector<HTMLElement>('[data-copy-status]');
  if (existing) return existing;
  const region = Object.assign(doc.createElement('p'), { className: 'visually-hidden' });
  region.setAttribute('role', 'status');
  region.dataset.copyStatus = '';
  // Inside <main>, beside the content it speaks for.
  (doc.querySelector('main') ?? doc.body).append(region);
  return region;
}

export interface CopyWords {
  done: string;
  failed: string;
}

/** Reveals `button` (hidden without JavaScript) and makes it copy `text()` on click. */
export function wireCopyButton(button: HTMLButtonElement, text: () => string, words: CopyWords): void {
  const region = statusRegion(button.ownerDocument);
  const label = button.textContent ?? '';
  let restore: ReturnType<typeof setTimeout> | undefined;
  button.hidden = false;
  const copy = async () => {
    let copied = true;
    try {
      await navigator.clipboard.writeText(text());
    } catch {
      copied = false;
    }
    const word = copied ? words.done : words.failed;
    button.textContent = word || label;
    // Emptied first so the same words twice in a row are read out again.
    region.textContent = '';
    setTimeout(() => (region.textContent = word), 50);
    clearTimeout(restore);
    restore = setTimeout(() => (button.textContent = label), showFor);
  };
  button.addEventListener('click', () => void copy());
}

/** The page's own copy status words (<body data-copied data-copy-failed>, BaseLayout). */
export function pageCopyWords(doc: Document): CopyWords {
  return { done: doc.body.dataset.copied ?? '', failed: doc.body.dataset.copyFailed ?? '' };
}
