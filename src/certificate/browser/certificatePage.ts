// The certificate page's script at load: wires the paste box, the file picker and the names, and on
// the first paste loads the checker and its renderer (showVerdict.ts). Nothing is sent anywhere.
import { takeHandedCertificate } from '../../client/certificateHandoff.ts';
import { holdLongPastesWithNotice } from '../../client/heldPaste.ts';

/** Longer pastes are cut: no certificate chain is this long, and the rules stay well under 100 ms. */
const maxPasteChars = 1_000_000;
const maxFileBytes = 1_000_000;
const maxHostChars = 500;

export function startCertificatePage(): void {
  const root = document.querySelector<HTMLElement>('[data-certificate-page]');
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('[data-certificate-form]')!;
  const input = root.querySelector<HTMLTextAreaElement>('[data-certificate-input]')!;
  const hostInput = root.querySelector<HTMLInputElement>('[data-certificate-host]')!;
  const fileInput = root.querySelector<HTMLInputElement>('[data-certificate-file]')!;
  const list = root.querySelector<HTMLOListElement>('[data-certificate-findings]')!;
  // Before the listeners below: a long paste is held aside and read whole (client/heldPaste.ts).
  const pasted = holdLongPastesWithNotice(input, root.querySelector<HTMLElement>('[data-held-paste]'));

  const host = new URLSearchParams(location.search).get('host');
  if (host) hostInput.value = host.slice(0, maxHostChars);

  let file: Uint8Array | undefined;
  let run = 0;
  const hosts = () =>
    hostInput.value
      .slice(0, maxHostChars)
      .split(/[\s,;]+/)
      .filter(Boolean);

  async function check(): Promise<void> {
    const text = pasted.text().slice(0, maxPasteChars);
    if (!file && !text.trim()) return;
    const mine = ++run;
    list.setAttribute('aria-busy', 'true');
    const { showVerdict } = await import('./showVerdict.ts');
    await showVerdict(root!, pasted, file, text, hosts(), () => mine === run);
    if (mine === run) list.setAttribute('aria-busy', 'false');
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), 250);
  };
  input.addEventListener('input', () => {
    file = undefined;
    fileInput.value = '';
    soon();
  });
  hostInput.addEventListener('input', soon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check();
  });
  const takeFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    file = new Uint8Array(await chosen.slice(0, maxFileBytes).arrayBuffer());
    input.value = '';
    void check();
  };
  fileInput.addEventListener('change', () => void takeFile(fileInput.files?.[0]));
  input.addEventListener('dragover', (event) => event.preventDefault());
  input.addEventListener('drop', (event) => {
    const dropped = event.dataTransfer?.files[0];
    if (!dropped) return;
    event.preventDefault();
    void takeFile(dropped);
  });

  const handed = takeHandedCertificate();
  if (handed) pasted.set(handed.slice(0, maxPasteChars));
  if (pasted.text().trim()) void check();
}
