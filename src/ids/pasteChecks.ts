/**
 * What the paste check looks at on a scenario page: `encrypt` (the Encrypt setting, or the driver's
 * default when it is missing), `trust` (whether the server certificate is validated), `hostName` (the
 * host the driver will expect in the certificate). Content says which page checks what
 * (content/connection-strings/drivers.yaml, `showOn`); the sentences are UI strings (`cs.msg.*`).
 * Plain constants (src/ids/), so the browser's check does not bundle the schema library.
 */
export const pasteChecks = ['encrypt', 'trust', 'hostName'] as const;
export type PasteCheck = (typeof pasteChecks)[number];

export const isPasteCheck = (value: string): value is PasteCheck => (pasteChecks as readonly string[]).includes(value);
