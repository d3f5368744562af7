import { pageCopyWords, wireCopyButton } from '../client/copyToClipboard.ts';

/** Shows the copy buttons of code blocks and copies the block's text on click. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const code = button.closest('.code')?.querySelector('pre code');
    if (code) wireCopyButton(button, () => code.textContent ?? '', pageCopyWords(button.ownerDocument));
  }
}
