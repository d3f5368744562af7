import { fetchBytes } from '../../client/once.ts';

/**
 * The longer generated files (PowerShell scripts, rollback .reg) are not inlined into the page, to keep
 * it small: their panel appears once JS runs and loads the file text the first time it is opened.
 * Without JS the download links next to the main block serve the same files.
 */
/** .reg files are UTF-16LE with a byte-order mark (what regedit expects); the others are UTF-8. */
const decode = (bytes: Uint8Array) => new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8').decode(bytes);

export function enhanceArtifactFiles(root: ParentNode): void {
  for (const panel of root.querySelectorAll<HTMLDetailsElement>('details[data-artifact-files]')) {
    panel.hidden = false;
    panel.addEventListener(
      'toggle',
      () => {
        for (const code of panel.querySelectorAll<HTMLElement>('code[data-src]')) {
          fetchBytes(code.dataset.src ?? '')
            .then((buffer) => {
              code.textContent = decode(new Uint8Array(buffer)).replace(/\r\n/g, '\n').replace(/\n$/, '');
            })
            .catch(() => {
              code.textContent = panel.dataset.failed ?? '';
            });
        }
      },
      { once: true },
    );
  }
}
