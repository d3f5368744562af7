import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rankingMisses } from './rankCaptured.ts';
import { endpoints } from './endpoints.ts';
import { captureWithProbes, type Captured } from './runLab.ts';
import type { ProbeReport } from '../../src/probe/probe.ts';
import { readClientPolicy } from '../../src/probe/clientPolicy/readClientPolicy.ts';
import { readProbeContent } from '../../src/probe/readProbeContent.ts';
import { clientAgreement, formatAgreement } from './clientAgreement.ts';

// The handshake lab: real clients (tedious, FreeTDS tsql, openssl s_client, Node tls, Python ssl, curl, Java JSSE)
// against local endpoints misconfigured like each scenario, their texts fed to the site's own search.

const fixtures = (JSON.parse(readFileSync('tests/lab/fixtures/captured.json', 'utf8')) as { attempts: Captured[] }).attempts;

describe('committed lab fixtures', () => {
  test('every captured error text ranks an expected scenario first (or, where the text cannot tell, in the top 3 with the wizard offered)', () => {
    expect(rankingMisses(fixtures)).toEqual([]);
  });
  test('the fixtures cover every client and endpoint', () => {
    expect(new Set(fixtures.map((f) => f.client.split(' ')[0])).size).toBeGreaterThanOrEqual(7);
    expect(new Set(fixtures.map((f) => f.endpoint)).size).toBeGreaterThanOrEqual(21);
  });
});

describe('live lab', () => {
  let live: Captured[] = [];
  let reports = new Map<string, ProbeReport>();
  test('runs every client against every endpoint', { timeout: 240_000 }, async () => {
    ({ captured: live, reports } = await captureWithProbes());
    expect(live.length).toBeGreaterThan(60);
  });
  test('clients connect to the well-configured endpoints (TDS 7.4 and TDS 8.0)', () => {
    const good = live.filter((a) => a.endpoint === 'good' || a.endpoint === 'strict-good');
    expect(good.filter((a) => a.text !== 'connected').map((a) => `${a.endpoint} / ${a.client}: ${a.text}`)).toEqual([]);
  });
  test('every misconfigured endpoint makes every client fail, except the recorded exceptions', () => {
    const misconfigured = new Set(endpoints.filter((e) => e.expected.length).map((e) => e.name));
    const connected = live.filter((a) => misconfigured.has(a.endpoint) && a.text === 'connected');
    const unexplained = connected.filter((a) => !endpoints.find((e) => e.name === a.endpoint)?.acceptedBy?.some((x) => a.client.startsWith(x.client)));
    expect(unexplained.map((a) => `${a.endpoint} / ${a.client}`)).toEqual([]);
  });
  test('the recorded exceptions still connect (or the record is stale)', () => {
    const exceptions = endpoints.flatMap((e) => (e.acceptedBy ?? []).map((x) => ({ endpoint: e.name, client: x.client })));
    const stale = exceptions.filter((x) => !live.some((a) => a.endpoint === x.endpoint && a.client.startsWith(x.client) && a.text === 'connected'));
    expect(stale).toEqual([]);
  });
  test('what the clients print today ranks an expected scenario first (or, where the text cannot tell, in the top 3 with the wizard offered)', () => {
    expect(rankingMisses(live)).toEqual([]);
  });
  test('sqltls probe --client predicts what the clients did, for at least 95 % of the attempts', () => {
    const rows = clientAgreement(live, reports, readClientPolicy(), readProbeContent('.'));
    console.log(formatAgreement(rows));
    expect(rows.length).toBeGreaterThan(100);
    // A disagreement the lab cannot explain (an endpoint the probe can see) is a wrong rule.
    expect(
      rows.filter((row) => !row.agrees && !endpoints.find((e) => e.name === row.endpoint)?.probeCannotSee).map((row) => `${row.endpoint} / ${row.client}: ${row.why}`),
    ).toEqual([]);
    expect(rows.filter((row) => row.agrees).length / rows.length).toBeGreaterThanOrEqual(0.95);
  });
});
