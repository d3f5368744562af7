/**
 * Whether a paste may be a report of `sqltls` (probe, client, client --windows; text or --json): a link
 * to a scenario page, a findings list, the marks of the probe's protocol line or the client report's
 * Node.js line. Search asks this of every paste, so it is one bounded test; the reader
 * (src/search/readSqltlsReport.ts) loads only for a paste that passes it.
 */
export const mayBeSqltlsReport = (text: string): boolean => /\/scenarios\/[a-z0-9-]+\/|"findings"|[✓✗]|DEFAULT_MIN_VERSION: /.test(text.slice(0, 2_000_000));
