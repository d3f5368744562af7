/**
 * What a rule set, not the wording, says about a pasted artefact: a certificate (the certificate rules,
 * src/search/certificateVerdict.ts), a Windows client report (the rules of `sqltls client --windows`) or
 * a report `sqltls` printed (its rules ran where it ran). Search puts the scenarios of its findings first,
 * in this order.
 */
export interface JudgedPaste {
  kind: 'certificate' | 'windowsReport' | 'sqltlsReport';
  /** Worst first; several findings may share a scenario (the first one places it). */
  findings: { finding: string; scenario: string }[];
  /** Only these scenarios answer the paste: a report's words are settings, not an error to rank by. */
  exclusive: boolean;
}

/** A certificate's worst finding, when it has one: its scenario first, the wording ranks the rest. */
export const certificateJudged = (verdict: { finding: string; scenario: string } | undefined): JudgedPaste | undefined =>
  verdict ? { kind: 'certificate', findings: [verdict], exclusive: false } : undefined;

/**
 * A Windows client report's findings (none when it cannot be read: the page says why), each with the
 * scenario content gives it (content/probe/windows-client-findings.yaml), in the order of `meanings`.
 */
export function windowsReportJudged(found: readonly string[], meanings: readonly { finding: string; scenario: string }[]): JudgedPaste {
  const findings = meanings.filter((m) => found.includes(m.finding)).map(({ finding, scenario }) => ({ finding, scenario }));
  return { kind: 'windowsReport', findings, exclusive: true };
}
