import type { RegistryChange } from '../../schemas/artifacts.ts';

/** First line regedit requires of a version 5 (Unicode) registration file. */
export const regHeader = 'Windows Registry Editor Version 5.00';

/** regedit's DWORD notation: eight lower-case hex digits. */
export const formatDword = (value: number) => `dword:${(value >>> 0).toString(16).padStart(8, '0')}`;

const lines = (blocks: string[][]) => [regHeader, '', ...blocks.flatMap((block) => [...block, ''])].join('\n');

/** The .reg text that applies a change (LF line endings; `encodeRegFile` makes the downloadable bytes). */
export function renderRegFile(change: RegistryChange): string {
  return lines(change.keys.map((key) => [`[${key.path}]`, ...Object.entries(key.values).map(([name, value]) => `"${name}"=${formatDword(value)}`)]));
}

/**
 * The .reg text that undoes a change by deleting the values it wrote, which returns Windows to its
 * default for them (a missing value means the OS default). Keys are left in place: an empty key has no effect.
 * To get back exactly what was there before, import the backup the PowerShell script saved instead.
 */
export function renderRollbackRegFile(change: RegistryChange): string {
  return lines(change.keys.map((key) => [`[${key.path}]`, ...Object.keys(key.values).map((name) => `"${name}"=-`)]));
}

/**
 * The bytes regedit expects of a version 5.00 file: UTF-16LE with a byte-order mark and CRLF line endings
 * (what regedit itself exports).
 */
export function encodeRegFile(text: string): Uint8Array {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  const bytes = new Uint8Array(2 + crlf.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < crlf.length; i++) {
    const unit = crlf.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}

/** The PowerShell provider path of a registry key (HKLM:\...). */
export const toPowerShellPath = (path: string) => path.replace(/^HKEY_LOCAL_MACHINE\\/, 'HKLM:\\');
