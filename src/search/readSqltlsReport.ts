/**
 * Reads the scenarios a pasted `sqltls` report names: the probe's findings and its prediction for a
 * client, `sqltls client` and `client --windows` findings, as text (in either language) or as --json. The
 * tool already judged the server or the client by its rules, so search answers with those scenarios
 * alone, in the report's order, and with none when the report found nothing.
 *
 * The formats are the tool's own (src/probe/cli.ts, clientCommand.ts, predict/formatPrediction.ts): a
 * finding in text is three lines (the scenario's title after "- ", the reason, the link to the scenario
 * page); in JSON it is an object of a `findings` array with a `scenario`. Only the index's scenarios
 * (`docs`) count, so a link to some other site's page, or a JSON of another tool, is no report.
 */
import type { JudgedPaste } from './judgedPaste.ts';
import type { DocTuple } from './searchIndex.ts';

const findingInText = /^[ \t]*- [^\n]+\n[ \t]*\S[^\n]*\n[ \t]*\S*\/(?:en|zh)\/scenarios\/([a-z0-9-]+)\/\S*[ \t]*$/gm;
/**
 * A report even without findings: the probe's protocols line (`TLSv1 ✗  TLSv1.1 ✗  TLSv1.2 ✓  TLSv1.3 ✓`),
 * or the Node.js line `sqltls client` always prints (a setting's name, the same in every language).
 */
const reportWithoutFindings = /TLSv1(?:\.[0-3])? [✓✗][ \t]+TLSv1\.[0-3] [✓✗]|^[ \t]*tls\.DEFAULT_MIN_VERSION: \S/m;
/** Keys only the tool's JSON reports carry together with `findings`: probe, `client`, `client --windows`. */
const reportKeys = /"handshakeErrors"\s*:|"minVersion"\s*:|"windows"\s*:\s*\{/;

/**
 * The report's scenarios, deduplicated, in its order (worst first, as the tool orders its findings), as a
 * judgement: they alone answer, none when the report found nothing. Undefined when the text is no report.
 */
export function judgeSqltlsReport(text: string, docs: readonly DocTuple[]): JudgedPaste | undefined {
  const known = new Set(docs.map(([slug]) => slug));
  const scenarios = new Set<string>();
  const take = (slug: string | undefined) => slug && known.has(slug) && scenarios.add(slug);
  const findingsAt = text.search(/"findings"\s*:\s*\[/);
  if (findingsAt >= 0) {
    const json = jsonFindings(text);
    if (json) json.forEach(take);
    // A report cut short or pasted inside other text is not JSON any more: its findings still read.
    else for (const [, slug] of text.slice(findingsAt).matchAll(/"scenario"\s*:\s*"([a-z0-9-]+)"/g)) take(slug);
    if (scenarios.size || (json && reportKeys.test(text))) return judged(scenarios);
  }
  for (const [, slug] of text.matchAll(findingInText)) take(slug);
  return scenarios.size || reportWithoutFindings.test(text) ? judged(scenarios) : undefined;
}

const judged = (scenarios: Set<string>): JudgedPaste => ({
  kind: 'sqltlsReport',
  findings: [...scenarios].map((scenario) => ({ finding: scenario, scenario })),
  exclusive: true,
});

/** The scenarios of a whole JSON report (the probe's `findings` first, then its client prediction's `failures`), or undefined when the text is not one. */
function jsonFindings(text: string): string[] | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  let report: unknown;
  try {
    report = JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
  const findings = (report as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) return undefined;
  const predicted = (report as { clientPrediction?: { failures?: unknown } }).clientPrediction?.failures;
  return [...(findings as unknown[]), ...(Array.isArray(predicted) ? (predicted as unknown[]) : [])]
    .map((f) => (f as { scenario?: unknown })?.scenario)
    .filter((s): s is string => typeof s === 'string');
}
