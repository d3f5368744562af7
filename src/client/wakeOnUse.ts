/**
 * Shows a box that needs script (it is `hidden` in the page, so without script nothing pretends to work)
 * and hands each submit of its form, and each file chosen in it, to `answer`, which loads the box's code
 * on first use: the site-wide script carries only these few lines for every such box.
 */
export function wakeOnUse(box: HTMLElement, answer: (event: Event) => Promise<unknown>): void {
  const form = box.querySelector('form');
  if (!form) return;
  box.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void answer(event);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement | null)?.type === 'file') void answer(event);
  });
}
