import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exitCodes, runProbe } from '../../src/probe/cli.ts';
import { boundedNames, probe, type ProbeReport } from '../../src/probe/probe.ts';
import { encodePacket, PacketReader, packetType } from '../../src/tds/packet.ts';
import { encodePrelogin, encryption } from '../../src/tds/prelogin.ts';
import { readProbeContent } from '../../src/probe/readProbeContent.ts';
import { makeLabCertificates, type LabCertificates } from './certificates.ts';
import { certFor, endpoints } from './endpoints.ts';
import { startLab, stopLab, type RunningEndpoint } from './labServer.ts';

// The probe against the lab: for every misconfigured endpoint it must name a scenario the endpoint is
// configured like, and stay quiet about the well-configured ones.

let dir: string;
let certs: LabCertificates;
let lab: RunningEndpoint[];
const reports = new Map<string, ProbeReport>();
const content = readProbeContent('.');

const listen = (server: Server | ReturnType<typeof createHttpServer>) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runProbe(argv, content, 'http://127.0.0.1:4321', { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'probe-lab-'));
  certs = makeLabCertificates(dir);
  lab = await startLab(endpoints, certs);
}, 60_000);

afterAll(async () => {
  await stopLab(lab);
  rmSync(dir, { recursive: true, force: true });
});

describe('probe against every lab endpoint', () => {
  test.each(endpoints.map((e) => [e.name, e] as const))('%s', { timeout: 30_000 }, async (name, endpoint) => {
    const running = lab.find((r) => r.endpoint.name === name)!;
    // The lab's revocation list, as its clients are given it (the probe fetches none itself).
    const crl = certFor(certs, endpoint).crl;
    const report = await probe({ host: 'localhost', port: running.port }, content, {
      timeoutMs: 2000,
      strict: endpoint.mode === 'tds8',
      ca: [readFileSync(certs.ca.cert)],
      ...(crl ? { crl: [readFileSync(crl)] } : {}),
    });
    reports.set(name, report);
    const named = report.findings.map((f) => f.scenario);
    if (endpoint.expected.length === 0 || endpoint.probeCannotSee) {
      expect(report.failure).toBeUndefined();
      expect(named).toEqual([]);
    } else {
      expect(named.length, `no finding for ${name}`).toBeGreaterThan(0);
      expect(endpoint.expected).toContain(named[0]);
    }
  });

  test('reports what a support engineer asks for on a healthy server', () => {
    const good = reports.get('good')!;
    expect(good.serverVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(good.tls12Build?.verdict).toBe('supports-tls12');
    expect(good.encryption).toBe('required');
    expect(good.protocols).toMatchObject({ TLSv1: false, 'TLSv1.1': false, 'TLSv1.2': true });
    expect(good.cipher).toMatch(/^TLS_/);
    expect(good.dheOffered).toBe(false);
    expect(good.certificate).toMatchObject({ subject: 'CN=localhost', nameMatches: true, chainValid: true, keyBits: 2048, extendedKeyUsage: ['1.3.6.1.5.5.7.3.1'] });
    expect(good.certificate?.signatureAlgorithm).toMatch(/sha256/i);
  });

  test('the TLS 1.0-only server shows TLS 1.0 accepted, TLS 1.2 refused, and a build that predates TLS 1.2', () => {
    const report = reports.get('tls10-only')!;
    expect(report.protocols).toMatchObject({ TLSv1: true, 'TLSv1.2': false });
    expect(report.serverVersion).toBe('11.0.5058');
    expect(report.tls12Build?.verdict).toBe('lacks-tls12');
    expect(report.findings[0]).toMatchObject({ scenario: 'tls-version-mismatch', reason: 'buildLacksTls12' });
  });

  test('a server that accepts strict connections only is named as such, not as a port without SQL Server, and is still examined', () => {
    const report = reports.get('strict-forced')!;
    expect(report.failure).toBeUndefined();
    expect(report).toMatchObject({ strict: true, strictOnly: true, encryption: 'strict' });
    expect(report.findings[0]).toMatchObject({ scenario: 'strict-encryption', reason: 'strictOnly', fact: 'strict-required' });
    expect(report.protocols['TLSv1.2']).toBe(true);
    expect(report.certificate).toMatchObject({ nameMatches: true, chainValid: true });
  });
});

describe('probe command', () => {
  const portOf = (name: string) => String(lab.find((r) => r.endpoint.name === name)!.port);

  test('prints the findings with links in the chosen language and exits 1', async () => {
    const { code, out } = await run([`localhost:${portOf('expired')}`, '--lang', 'zh', '--ca-file', certs.ca.cert, '--site', 'https://kb.example/']);
    expect(code).toBe(exitCodes.findings);
    expect(out).toContain('https://kb.example/zh/scenarios/certificate-expired/');
    expect(out).toMatch(/[\u4e00-\u9fff]/);
  });

  test('exits 0 for a healthy server', async () => {
    const { code, out } = await run([`localhost,${portOf('good')}`, '--ca-file', certs.ca.cert]);
    expect(code).toBe(exitCodes.clean);
    expect(out).toContain('TLSv1.2 ✓');
  });

  test('--json prints a report automation can read', async () => {
    const { code, out } = await run([`localhost:${portOf('self-signed')}`, '--json']);
    expect(code).toBe(exitCodes.findings);
    const report = JSON.parse(out) as ProbeReport;
    expect(report.findings[0]?.scenario).toBe('untrusted-certificate');
    expect(report.certificate?.chainValid).toBe(false);
  });

  test('a refused connection exits 3 and says so', async () => {
    const server = createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    const { code, out } = await run([`127.0.0.1:${port}`, '--timeout', '2000']);
    expect(code).toBe(exitCodes.unreachable);
    expect(out).toContain('Nothing listens on this port');
    expect(out).toMatch(/service is running.*Configuration Manager.*named instance/);
    expect(out).toContain('ECONNREFUSED');
  });

  test('a port that is not SQL Server exits 3 and says so', async () => {
    const server = createHttpServer((_, response) => response.end('hello'));
    const port = await listen(server);
    const { code, out } = await run([`127.0.0.1:${port}`, '--timeout', '2000']);
    server.close();
    expect(code).toBe(exitCodes.unreachable);
    expect(out).toMatch(/does not speak TDS|without answering PRELOGIN/);
  });

  test('--strict against a port without TLS first says to run without --strict', { timeout: 15_000 }, async () => {
    const { code, out } = await run([`localhost:${portOf('good')}`, '--strict', '--timeout', '2000']);
    expect(code).toBe(exitCodes.unreachable);
    expect(out).toContain('without --strict');
  });

  test('a server that never answers PRELOGIN exits 3 and points at the network', async () => {
    const { code, out } = await run([`localhost:${portOf('silent')}`, '--timeout', '500']);
    expect(code).toBe(exitCodes.unreachable);
    expect(out).toContain('/en/scenarios/network-reset/');
    expect(out).toContain('the step that waited is SQL Server');
  });

  // Servers that answer PRELOGIN and then do not speak TLS (issue 23): "could not probe", exit 3, not a
  // verdict on their ciphers.
  test.each([
    [
      'answers the Client Hello with bytes that are not TLS records',
      (socket: Socket) => socket.write(encodePacket(packetType.preLogin, Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'.repeat(4)))),
    ],
    [
      'answers the Client Hello with an internal_error alert',
      (socket: Socket) => socket.write(encodePacket(packetType.preLogin, Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x50]))),
    ],
    ['never answers the Client Hello', () => undefined],
  ])('a server that %s exits 3 and says it is not a working TLS server', { timeout: 15_000 }, async (_what, answerHello) => {
    const server = createServer((socket) => {
      const reader = new PacketReader();
      let preloginAnswered = false;
      socket.on('error', () => undefined);
      socket.on('data', (chunk: Buffer) => {
        for (const packet of reader.push(chunk)) {
          if (!preloginAnswered) {
            preloginAnswered = true;
            socket.write(encodePacket(packetType.tabularResult, encodePrelogin({ version: { major: 16, minor: 0, build: 4135, subBuild: 4 }, encryption: encryption.on })));
          } else if (packet.last) answerHello(socket);
        }
      });
    });
    const port = await listen(server);
    const { code, out } = await run([`127.0.0.1:${port}`, '--timeout', '1500']);
    server.close();
    expect(code).toBe(exitCodes.unreachable);
    expect(out).toContain('not a working TLS server');
    expect(out).not.toContain('/scenarios/cipher-suite-mismatch/');
  });

  test('an unknown host exits 3 as a DNS failure, also for a named instance (not a Browser failure)', async () => {
    for (const target of ['no-such-host.invalid', 'no-such-host.invalid\\SALES']) {
      const { code, out } = await run([target, '--timeout', '3000']);
      expect(code).toBe(exitCodes.unreachable);
      expect(out).toContain('The name does not resolve');
      expect(out).toMatch(/Detail: no-such-host\.invalid: (ENOTFOUND|EAI_AGAIN)/);
      expect(out).not.toContain('Browser (UDP 1434) gave no port');
    }
    const { out } = await run(['no-such-host.invalid', '--lang', 'zh']);
    expect(out).toContain('无法解析该名称');
  });

  test('--help prints the usage on stdout and exits 0', async () => {
    const { code, out, err } = await run(['--help']);
    expect(code).toBe(exitCodes.clean);
    expect(out).toMatch(/^Usage: sqltls probe/);
    expect(err).toBe('');
  });

  test.each([
    [[], 'a target is required'],
    [['a', 'b'], 'one target only'],
    [['host:99999'], 'out of range'],
    [['host', '--lang', 'fr'], '--lang takes en or zh'],
    [['host', '--timeout', 'soon'], '--timeout takes milliseconds'],
    [['host', '--frobnicate'], 'unknown option'],
    [['host', '--ca-file', '/nonexistent.pem'], 'cannot read --ca-file'],
  ])('usage error %j exits 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(exitCodes.usage);
    expect(err).toContain(message);
  });
});

test('a certificate with thousands of names is reported with the first twenty and a count', () => {
  const names = Array.from({ length: 3000 }, (_, i) => `DNS:host${i}.example`).join(', ');
  const shown = boundedNames(names);
  expect(shown.split(', ')).toHaveLength(21);
  expect(shown).toMatch(/… and 2,980 more$/);
  expect(boundedNames('DNS:a, DNS:b')).toBe('DNS:a, DNS:b');
});
