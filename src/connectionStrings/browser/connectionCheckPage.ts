import { checkConnectionString, maskedPairs, type Finding } from '../checkConnectionString.ts';
import { isPasteCheck } from '../../ids/pasteChecks.ts';
import { fetchJsonOnce } from '../../client/once.ts';
import { fill } from '../../client/fill.ts';
import type { BuilderData } from '../builderData.ts';
import type { CheckWords } from '../checkMessages.ts';

/** Turns findings into sentences from the page's UI strings; every value is set as text, never as HTML. */
function sentence(finding: Finding, messages: Record<string, string>): string {
  const key = finding.kind === 'hostIsAddress' && !finding.hostKeyword ? 'hostIsAddressNoKeyword' : finding.kind;
  const { kind: _, ...values } = finding;
  return fill(messages[key], values);
}

/** Runs the paste check of a page (loaded on first use). */
export async function runCheck(root: HTMLElement, input: string): Promise<void> {
  const result = root.querySelector<HTMLElement>('[data-cs-check-result]')!;
  result.replaceChildren();
  const data = await fetchJsonOnce<BuilderData & { check: CheckWords }>(root.dataset.url ?? '');
  const { messages, readLabel } = data.check;
  const checks = (root.dataset.checks ?? '').split(' ').filter(isPasteCheck);
  const findings = checkConnectionString(input, data, checks);
  const list = document.createElement('ul');
  for (const finding of findings) {
    const item = document.createElement('li');
    item.textContent = sentence(finding, messages);
    item.dataset.finding = finding.kind;
    list.append(item);
  }
  result.append(list);
  const pairs = maskedPairs(input, data);
  if (pairs.length) {
    const title = document.createElement('p');
    title.textContent = readLabel;
    const echo = document.createElement('pre');
    echo.textContent = pairs.map(([k, v]) => `${k} = ${v}`).join('\n');
    echo.tabIndex = 0;
    result.append(title, echo);
  }
}
