/**
 * Copy buttons for support tickets: `data-copy-url` copies the current page URL (with its `?driver=`)
 * plus the button's anchor; `data-copy-ticket` copies the page's ticket snippet with that URL filled in.
 */
export function enhanceShareButtons(root: ParentNode): void {
  const pageUrl = () => `${window.location.origin}${window.location.pathname}${window.location.search}`;
  // A ticket button says its own status (data-done); links say the page's (<body data-link-copied>, BaseLayout).
  const wire = (button: HTMLButtonElement, text: () => string) => {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(text()).then(
        () => {
          button.textContent = button.dataset.done ?? document.body.dataset.linkCopied ?? label;
          setTimeout(() => (button.textContent = label), 1600);
        },
        () => undefined,
      );
    });
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-url]')) wire(button, () => `${pageUrl()}${button.dataset.copyUrl ?? ''}`);
  const snippet = root.querySelector<HTMLElement>('[data-ticket-snippet]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-ticket]')) {
    if (snippet) wire(button, () => (snippet.textContent ?? '').replaceAll('{url}', pageUrl()));
  }
}
