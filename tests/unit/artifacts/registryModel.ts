/**
 * A model of what regedit does when it imports a version 5.00 .reg file, for the subset of the format
 * the fixes use: `[key]` creates a key, `[-key]` deletes it with its subkeys, `"name"=dword:xxxxxxxx`
 * sets a DWORD, `"name"=-` deletes a value. Anything else is rejected, so a malformed file fails the test.
 */
export type Registry = Map<string, Map<string, number>>;

const lower = (key: string) => key.toLowerCase();

export function decodeRegBytes(bytes: Uint8Array): string {
  if (bytes[0] !== 0xff || bytes[1] !== 0xfe) throw new Error('no UTF-16LE byte-order mark');
  return new TextDecoder('utf-16le').decode(bytes.subarray(2));
}

export function importReg(registry: Registry, text: string): void {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error(`bad header: ${lines[0]}`);
  let current: Map<string, number> | undefined;
  for (const [index, line] of lines.slice(1).entries()) {
    if (line === '') continue;
    const deleteKey = /^\[-(HKEY_LOCAL_MACHINE\\[^\]]+)\]$/.exec(line);
    const key = /^\[(HKEY_LOCAL_MACHINE\\[^\]]+)\]$/.exec(line);
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    const deleteValue = /^"([^"]+)"=-$/.exec(line);
    if (deleteKey) {
      const path = lower(deleteKey[1]!);
      for (const existing of [...registry.keys()]) if (existing === path || existing.startsWith(`${path}\\`)) registry.delete(existing);
      current = undefined;
    } else if (key) {
      const path = lower(key[1]!);
      // Creating a key creates its parents, as regedit does.
      const parts = path.split('\\');
      for (let i = 2; i <= parts.length; i++) {
        const ancestor = parts.slice(0, i).join('\\');
        if (!registry.has(ancestor)) registry.set(ancestor, new Map());
      }
      current = registry.get(path)!;
    } else if (dword && current) {
      current.set(dword[1]!, Number.parseInt(dword[2]!, 16));
    } else if (deleteValue && current) {
      current.delete(deleteValue[1]!);
    } else {
      throw new Error(`line ${index + 2} is not understood: ${line}`);
    }
  }
}

/** The values under the given keys (absent keys omitted), for comparing states. */
export function snapshot(registry: Registry, keys: string[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const key of keys) {
    const values = registry.get(lower(key));
    if (values) out[lower(key)] = Object.fromEntries([...values].sort(([a], [b]) => a.localeCompare(b)));
  }
  return out;
}
