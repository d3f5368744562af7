/**
 * The probe page's Windows report box needs script, so it stays hidden until here; the reader and its
 * words load when a report is first checked, so the page carries none of it at load.
 */
export function wakeWindowsReportBox(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-windows-check]');
  const form = box?.querySelector<HTMLFormElement>('[data-windows-check-form]');
  if (!box || !form) return;
  box.hidden = false;
  const load = () => import('./windowsReportBox.ts');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = form.querySelector('textarea')?.value ?? '';
    void load().then((m) => m.showWindowsVerdict(box, text));
  });
  // A chosen file is checked at once: choosing it is the reader's whole request.
  const file = form.querySelector<HTMLInputElement>('input[type="file"]');
  file?.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void load().then(async (m) => m.showWindowsVerdict(box, await m.readChosenFile(chosen)));
  });
}
