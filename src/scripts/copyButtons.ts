/** Shows the copy buttons of code blocks and copies the block's text on click. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const code = button.closest('.code')?.querySelector('pre code');
    if (!code) continue;
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      let ok = true;
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
      } catch {
        ok = false;
      }
      // The status words are on <body> (BaseLayout), once per page.
      button.textContent = (ok ? document.body.dataset.copied : document.body.dataset.copyFailed) ?? label;
      setTimeout(() => (button.textContent = label), 1600);
    });
  }
}
