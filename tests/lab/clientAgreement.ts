// `sqltls probe --client` checked against reality: for every lab endpoint, the probe's report and this
// machine's client policies predict whether each client connects; the lab's real clients then try. A
// prediction agrees when the outcome is the same and, for a failure, the predicted scenario is one the
// endpoint is misconfigured like (endpoints.ts `expected`).
import type { ClientKind } from '../../src/ids/clientKinds.ts';
import type { ClientPolicy } from '../../src/probe/clientPolicy/clientPolicy.ts';
import { clientLimits } from '../../src/probe/predict/clientLimits.ts';
import { predictClient } from '../../src/probe/predict/predictClient.ts';
import type { ProbeReport } from '../../src/probe/probe.ts';
import type { ProbeContent } from '../../src/probe/probeContent.ts';
import { endpoints } from './endpoints.ts';
import type { Captured } from './runLab.ts';

/** The `--client` kind each lab client stands for; FreeTDS (GnuTLS) has none and is left out. */
export const kindOf = (client: string): ClientKind | undefined =>
  /^(openssl s_client|Python ssl|curl)/.test(client) ? 'openssl' : /^(tedious|Node\.js tls)/.test(client) ? 'node' : /^Java/.test(client) ? 'java' : undefined;

export interface AgreementRow {
  endpoint: string;
  client: string;
  kind: ClientKind;
  predicted: string;
  actual: string;
  agrees: boolean;
  /** Why a disagreement is expected (the endpoint's probeCannotSee), or the real client's first line. */
  why?: string;
}

const outcome = (connects: boolean | undefined, scenarios: string[]) => (connects === true ? 'connects' : connects === false ? `fails: ${scenarios.join(', ')}` : 'unknown');

/** One row per lab attempt by a client with a `--client` kind: the prediction beside what happened. */
export function clientAgreement(captured: Captured[], reports: Map<string, ProbeReport>, policy: ClientPolicy, content: ProbeContent): AgreementRow[] {
  return captured.flatMap((attempt) => {
    const kind = kindOf(attempt.client);
    const endpoint = endpoints.find((e) => e.name === attempt.endpoint);
    const report = reports.get(attempt.endpoint);
    if (!kind || !endpoint || !report) return [];
    const limits = clientLimits(policy, kind);
    if ('missing' in limits) throw new Error(`the agreement needs ${kind}'s policy on this machine: ${limits.missing}`);
    const prediction = predictClient(report, limits, content, process.platform, 'en');
    const connected = attempt.text === 'connected';
    const scenarios = prediction.failures.map((f) => f.scenario);
    const agrees = prediction.connects === connected && (connected || scenarios.some((s) => endpoint.expected.includes(s)));
    return [
      {
        endpoint: endpoint.name,
        client: attempt.client,
        kind,
        predicted: outcome(prediction.connects, scenarios),
        actual: connected ? 'connects' : 'fails',
        agrees,
        ...(agrees ? {} : { why: endpoint.probeCannotSee ?? `the client said: ${attempt.text.split('\n')[0]!.slice(0, 160)}` }),
      },
    ];
  });
}

/** The rows as the table `npm run lab:client` and the lab test print. */
export function formatAgreement(rows: AgreementRow[]): string {
  const width = (key: 'endpoint' | 'client' | 'predicted') => Math.max(...rows.map((row) => row[key].length), key.length);
  const lines = [`${'endpoint'.padEnd(width('endpoint'))}  ${'client'.padEnd(width('client'))}  ${'predicted'.padEnd(width('predicted'))}  actual    agrees`];
  for (const row of rows)
    lines.push(
      `${row.endpoint.padEnd(width('endpoint'))}  ${row.client.padEnd(width('client'))}  ${row.predicted.padEnd(width('predicted'))}  ${row.actual.padEnd(8)}  ${row.agrees ? 'yes' : 'NO'}`,
    );
  const agreed = rows.filter((row) => row.agrees).length;
  lines.push('', `agreement: ${agreed} of ${rows.length} (${((100 * agreed) / rows.length).toFixed(1)} %), target 95 %`);
  const disagreements = rows.filter((row) => !row.agrees);
  if (disagreements.length)
    lines.push('', 'disagreements:', ...disagreements.map((row) => `  ${row.endpoint} / ${row.client}: predicted ${row.predicted}, ${row.actual}. ${row.why ?? ''}`));
  return lines.join('\n');
}
