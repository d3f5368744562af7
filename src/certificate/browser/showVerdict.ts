// Renders the certificate check's verdict: loaded on the first paste, so the page's own script stays
// small; the reading and checking run in a worker (checkWorker.ts). All text goes in through
// textContent; nothing is sent anywhere.
import { el } from '../../client/el.ts';
import { fill } from '../../client/fill.ts';
import type { CertificateFacts } from '../../diagnosis/certificate/certificateFacts.ts';
import type { CertificatePageData } from '../pageData.ts';
import type { PasteReport } from './checkPaste.ts';
import { checkInWorker } from './checkClient.ts';
import type { HeldPaste } from '../../client/heldPaste.ts';

const privateKeyBlock = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----[\s\S]*?(?:-----END \1-----\s*|$)/g;
const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : '?');
const nameOf = (cert: CertificateFacts | undefined) => cert?.commonNames[0] ?? cert?.subject ?? '';

/** Checks what the page holds (a file's bytes, or the box's text) and shows the verdict, worst first. */
export async function showVerdict(root: HTMLElement, input: HeldPaste, file: Uint8Array | undefined, text: string, hosts: string[], isCurrent: () => boolean): Promise<void> {
  const data = JSON.parse(root.dataset.certificate ?? '{}') as CertificatePageData;
  const report = await checkInWorker(file ?? text, hosts);
  if (!isCurrent()) return;
  // A private key stays on screen no longer than it takes to say so: screenshots end up in tickets.
  if (report.privateKey && !file) input.remove(privateKeyBlock);
  render(root, data, report);
}

function render(root: HTMLElement, data: CertificatePageData, report: PasteReport): void {
  const { words } = data;
  root.querySelector<HTMLElement>('[data-certificate-key-warning]')!.hidden = !report.privateKey;
  root.querySelector('[data-certificate-problems]')!.replaceChildren(...report.problems.map((p) => el('li', { textContent: fill(words[p.kind], { where: p.where ?? '' }) })));
  const order = new Map(data.findings.map((f, i) => [f.finding, i]));
  const seen = new Set<string>();
  const observations = report.observations
    .filter((o) => {
      const key = `${o.finding}|${o.certificate}|${o.detail ?? ''}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => (order.get(a.finding) ?? 99) - (order.get(b.finding) ?? 99));
  const items = observations.flatMap((o) => {
    const view = data.findings.find((f) => f.finding === o.finding);
    if (!view) return [];
    const detail = /^\d{4}-\d{2}-\d{2}T/.test(o.detail ?? '') ? o.detail!.slice(0, 10) : (o.detail ?? '');
    const item = el(
      'li',
      { className: `finding finding-${view.severity}` },
      el('strong', { textContent: view.title }),
      el('p', { textContent: fill(view.text, { detail, subject: nameOf(report.certificates[o.certificate]) }) }),
    );
    item.dataset.scenario = view.scenario;
    item.dataset.finding = view.finding;
    if (view.breaks.length) item.append(el('p', { className: 'breaks', textContent: `${words.breaks}: ${view.breaks.join(', ')}` }));
    item.append(el('p', {}, `${words.fix}: `, el('a', { href: view.href, textContent: view.scenarioTitle })));
    return [item];
  });
  if (!items.length && report.certificates.length) {
    const ok = el('li', { className: 'finding finding-ok', textContent: words.ok });
    ok.dataset.finding = 'ok';
    items.push(ok);
  }
  root.querySelector('[data-certificate-findings]')!.replaceChildren(...items);
  root.querySelector<HTMLElement>('[data-certificate-read]')!.hidden = report.certificates.length === 0;
  root.querySelector('[data-certificate-read-list]')!.replaceChildren(...report.certificates.map((cert, i) => describe(words, cert, i === report.leaf)));
}

function describe(words: CertificatePageData['words'], cert: CertificateFacts, leaf: boolean): HTMLElement {
  const rows: [string, string][] = [
    [words.subject, cert.subject],
    [words.issuer, cert.issuer],
    [words.validity, `${day(cert.notBefore)} – ${day(cert.notAfter)}`],
    [words.names, [...cert.dnsNames, ...cert.ipAddresses].join(', ') || '—'],
    [words.key, cert.key ? `${cert.key.algorithm.toUpperCase()}${cert.key.bits ? ` ${cert.key.bits}` : ''}` : '?'],
    [words.signature, cert.signatureHash?.toUpperCase() ?? cert.signatureAlgorithm ?? '?'],
  ];
  // SQL Server's registry value Certificate holds the thumbprint as hex without spaces.
  if (cert.thumbprint) rows.push([words.thumbprint, cert.thumbprint]);
  const dl = el('dl');
  for (const [term, value] of rows) dl.append(el('dt', { textContent: term }), el('dd', { textContent: value }));
  return el('section', { className: leaf ? 'cert cert-leaf' : 'cert' }, el('h3', { textContent: nameOf(cert) || cert.origin }), dl);
}
