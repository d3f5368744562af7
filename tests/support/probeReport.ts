import { findingsFrom } from '../../src/probe/findings.ts';
import type { ProbeReport } from '../../src/probe/probe.ts';
import type { ProbeContent } from '../../src/probe/probeContent.ts';
import type { FindingReason } from '../../src/schemas/probeFindings.ts';

/**
 * A probe report of an old server (TLS 1.0 only) with the findings `reasons`, each given its meaning as
 * the probe gives it (content's scenario and fact first, then what it saw): for tests that paste the
 * tool's own output somewhere.
 */
export const oldServerReport = (content: ProbeContent, reasons: FindingReason[]): ProbeReport => ({
  target: 'db1.corp.example',
  port: 1433,
  serverVersion: '11.0.2100',
  encryption: 'on',
  strict: false,
  protocols: { TLSv1: true, 'TLSv1.1': false, 'TLSv1.2': false, 'TLSv1.3': false },
  cipher: 'ECDHE-RSA-AES256-SHA',
  dheOffered: false,
  handshakeErrors: [],
  findings: findingsFrom(
    reasons.map((reason) => ({ reason })),
    (reason) => content.findings[reason]!,
  ),
});
