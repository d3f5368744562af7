import { pageCopyWords, wireCopyButton } from '../client/copyToClipboard.ts';
import { fill } from '../client/fill.ts';

/**
 * Copy buttons for support tickets: `data-copy-url` copies the current page URL (with its `?driver=`)
 * plus the button's anchor; `data-copy-ticket` copies the page's ticket snippet with that URL filled in.
 */
export function enhanceShareButtons(root: ParentNode): void {
  const pageUrl = () => `${window.location.origin}${window.location.pathname}${window.location.search}`;
  // A ticket button says its own status (data-done); links say the page's (<body data-link-copied>, BaseLayout).
  const wordsFor = (button: HTMLButtonElement) => {
    const page = pageCopyWords(button.ownerDocument);
    return { ...page, done: button.dataset.done ?? button.ownerDocument.body.dataset.linkCopied ?? page.done };
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-url]')) {
    wireCopyButton(button, () => `${pageUrl()}${button.dataset.copyUrl ?? ''}`, wordsFor(button));
  }
  // The snippet for the reader's driver (?driver=, which the driver tabs keep current), else the general one.
  const snippets = [...root.querySelectorAll<HTMLElement>('[data-ticket-snippet]')];
  const snippet = () => {
    const driver = new URLSearchParams(window.location.search).get('driver');
    return (snippets.find((s) => driver && s.dataset.driver === driver) ?? snippets[0])?.textContent ?? '';
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-ticket]')) {
    wireCopyButton(button, () => fill(snippet(), { url: pageUrl() }), wordsFor(button));
  }
}
