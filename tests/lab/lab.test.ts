import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rankingMisses } from './rankCaptured.ts';
import { endpoints } from './endpoints.ts';
import { captureAll, type Captured } from './runLab.ts';

// The handshake lab: real clients (tedious, FreeTDS tsql, openssl s_client, Node tls, Python ssl, curl, Java JSSE)
// against local endpoints misconfigured like each scenario, their texts fed to the site's own search.

const fixtures = (JSON.parse(readFileSync('tests/lab/fixtures/captured.json', 'utf8')) as { attempts: Captured[] }).attempts;

describe('committed lab fixtures', () => {
  test('every captured error text ranks an expected scenario first', () => {
    expect(rankingMisses(fixtures)).toEqual([]);
  });
  test('the fixtures cover every client and endpoint', () => {
    expect(new Set(fixtures.map((f) => f.client.split(' ')[0])).size).toBeGreaterThanOrEqual(7);
    expect(new Set(fixtures.map((f) => f.endpoint)).size).toBeGreaterThanOrEqual(21);
  });
});

describe('live lab', () => {
  let live: Captured[] = [];
  test('runs every client against every endpoint', { timeout: 240_000 }, async () => {
    live = await captureAll();
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
  test('what the clients print today ranks an expected scenario first', () => {
    expect(rankingMisses(live)).toEqual([]);
  });
});
