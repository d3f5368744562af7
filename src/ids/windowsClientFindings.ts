/**
 * The `sqltls` property of every report sqltls-client.ps1 prints: names the format, so a pasted report
 * can be recognised (also by browser code, which cannot load the schema) and a newer format refused.
 */
export const windowsReportMarker = 'windows-client/1';

/**
 * What the Windows report of `sqltls client` (the output of sqltls-client.ps1) can show about a Windows
 * client's TLS policy. src/diagnosis/windowsClient/windowsClientFindings.ts detects them; content says the
 * scenario, failure fact, source and sentence of each (content/probe/windows-client-findings.yaml).
 * Plain constants without zod, so the single-file probe and browser code can name them cheaply.
 */
export const windowsClientFindingIds = [
  'tls12ClientOff',
  'tls10ClientOff',
  'tls13KeyWithoutTls13',
  'dotnetFrameworkBefore46',
  'dotnetStrongCryptoOff',
  'cipherPolicyWithoutRsaSuites',
  'dheLeadingZeroUnfixed',
  'fipsPolicyOn',
] as const;
export type WindowsClientFindingId = (typeof windowsClientFindingIds)[number];

/** Why a pasted text is not a readable report; each has its sentence in content/probe/messages.yaml (`windows.problem.<id>`). */
export const windowsReportProblems = ['empty', 'tooLarge', 'noReport', 'otherVersion', 'cutOff', 'notJson', 'invalid'] as const;
export type WindowsReportProblem = (typeof windowsReportProblems)[number];
