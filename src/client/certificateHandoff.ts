// Search hands a pasted certificate to the certificate page through sessionStorage: same tab, same
// origin, gone when the tab closes, and never in a URL (where server logs and history would keep it).
const key = 'sqltls:certificate-paste';

export function handCertificateOver(text: string): void {
  try {
    sessionStorage.setItem(key, text);
  } catch {
    // Storage may be off or full: the certificate page then simply opens empty.
  }
}

export function takeHandedCertificate(): string | undefined {
  try {
    const text = sessionStorage.getItem(key) ?? undefined;
    sessionStorage.removeItem(key);
    return text;
  } catch {
    return undefined;
  }
}
