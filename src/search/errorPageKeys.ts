import { normalizeCode } from '../diagnosis/normalize.ts';

/**
 * The codes, as the diagnosis reads them from a paste, under which an error page is found:
 * `ssl-provider-31` → `ssl:31`, a one- or two-digit SNI number `31` → `sni:31`, hex and decimal
 * codes in canonical form. Words (`forcibly-closed`) are for the page's address, not for reading.
 */
export function errorPageKeys(codes: string[]): string[] {
  const keys = new Set<string>();
  for (const code of codes) {
    const provider = /^([a-z]+)-provider-(\d{1,2})$/.exec(code);
    if (provider) keys.add(`${provider[1]}:${Number(provider[2])}`);
    else if (/^\d{1,2}$/.test(code)) keys.add(`sni:${Number(code)}`);
    // A bare HRESULT (`80090325`) is read from a paste with its 0x form too (readCodes), so the 0x form is enough.
    else if (/^[0-9a-f]{8}$/.test(code)) keys.add(normalizeCode(`0x${code}`));
    else if (/^(?:-?\d+|0x[0-9a-f]+)$/.test(code)) keys.add(normalizeCode(code));
  }
  return [...keys];
}
