import { el } from './el.ts';
import { fill } from './fill.ts';
import { fetchJsonOnce } from './once.ts';

// What drawing a verdict needs, declared here because the client kit builds on nothing above it: the
// judgement (src/diagnosis/windowsClient/judgeWindowsReport.ts) and the words and findings of one
// language (windowsVerdictData.ts, served as /<lang>/windows-client-findings.json) fit these shapes.
type Judgement = { ok: true; os: string; findings: readonly string[] } | { ok: false; problem: string; detail: string };
interface VerdictData {
  words: { heading: string; os: string; findings: string; none: string; unreadable: string; source: string; colon: string; problems: Record<string, string> };
  findings: readonly { finding: string; title: string; href: string; message: string; source: string }[];
}

/**
 * The verdict on a Windows client report as the page shows it, in the words and order of `sqltls client
 * --windows`: the Windows it describes, then each finding with its scenario, sentence and source, or
 * why the text is not a readable report. Built from text nodes only: a report is pasted text.
 */
export function renderWindowsVerdict(judgement: Judgement, data: VerdictData): HTMLElement {
  const { words } = data;
  if (!judgement.ok) {
    const problem = fill(words.problems[judgement.problem] ?? judgement.problem, { detail: judgement.detail });
    return el('div', { className: 'windows-verdict-body' }, el('p', { className: 'verdict-problem' }, el('strong', { textContent: `${words.unreadable}${words.colon}` }), problem));
  }
  const found = data.findings.filter((f) => judgement.findings.includes(f.finding));
  const body = el(
    'div',
    { className: 'windows-verdict-body' },
    el('p', {}, el('strong', { textContent: words.heading })),
    el('p', { textContent: `${words.os}${words.colon}${judgement.os || '-'}` }),
    el('p', {}, el('strong', { textContent: words.findings })),
  );
  if (!found.length) {
    body.append(el('p', { className: 'verdict-none', textContent: words.none }));
    return body;
  }
  body.append(
    el(
      'ul',
      { className: 'verdict-findings' },
      ...found.map((f) => {
        const item = el(
          'li',
          {},
          el('a', { href: f.href, textContent: f.title }),
          el('p', { textContent: f.message }),
          el('p', { className: 'verdict-source' }, `${words.source}${words.colon}`, el('a', { href: f.source, textContent: f.source.replace(/^https:\/\//, '') })),
        );
        item.dataset.finding = f.finding;
        return item;
      }),
    ),
  );
  return body;
}

/**
 * Draws the verdict into `target` once the words of its language (`dataUrl`, /<lang>/windows-client-findings.json)
 * have loaded, or `failed` when they cannot be. `current` says whether this verdict is still the one to
 * show when they arrive (search draws only its latest answer).
 */
export async function showWindowsVerdict(target: HTMLElement, judgement: Judgement, dataUrl: string, failed: string, current: () => boolean = () => true): Promise<void> {
  try {
    const data = await fetchJsonOnce<VerdictData>(dataUrl);
    if (current()) target.replaceChildren(renderWindowsVerdict(judgement, data));
  } catch {
    if (current()) target.replaceChildren(el('p', { className: 'verdict-problem', textContent: failed }));
  }
}
