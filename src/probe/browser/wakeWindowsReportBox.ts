import { wakeOnUse } from '../../client/wakeOnUse.ts';

/** The probe page's Windows report box: its reader and words load when a report is first checked. */
export function wakeWindowsReportBox(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-windows-check]');
  if (box) wakeOnUse(box, (event) => import('./windowsReportBox.ts').then((m) => m.answer(box, event)));
}
