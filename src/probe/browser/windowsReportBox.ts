// The probe page's report box, loaded on its first use (wakeWindowsReportBox.ts): judges the pasted text
// or the chosen file with the code of `sqltls client --windows` and shows the verdict.
import { judgeWindowsReport } from '../../diagnosis/windowsClient/judgeWindowsReport.ts';
import { maxReportChars } from '../../diagnosis/windowsClient/readWindowsClientReport.ts';
import { showWindowsVerdict } from '../../client/renderWindowsVerdict.ts';

/** Shows the verdict on `input` (pasted text, or a file's bytes) in the box's result area. */
async function check(box: HTMLElement, input: string | Uint8Array): Promise<void> {
  const result = box.querySelector<HTMLElement>('[data-windows-verdict]');
  if (result) await showWindowsVerdict(result, judgeWindowsReport(input), box.dataset.url ?? '', box.dataset.failed ?? '');
}

/**
 * A chosen file's bytes, read no further than a report can be long: a larger file is judged as too
 * large from its first bytes, without reading it all into memory.
 */
async function readChosenFile(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, maxReportChars * 2 + 1).arrayBuffer());
}

/** Answers the box's form: a submit checks the pasted text, a chosen file is checked at once (choosing it is the whole request). */
export async function answer(box: HTMLElement, event: Event): Promise<void> {
  if (event.type === 'submit') return check(box, box.querySelector('textarea')?.value ?? '');
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) return check(box, await readChosenFile(file));
}
