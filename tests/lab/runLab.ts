import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { probe, type ProbeReport } from '../../src/probe/probe.ts';
import { readProbeContent } from '../../src/probe/readProbeContent.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeLabCertificates, type LabCertificates } from './certificates.ts';
import * as clients from './clients.ts';
import { certFor, endpoints, type Endpoint } from './endpoints.ts';
import { startLab, stopLab, type RunningEndpoint } from './labServer.ts';

/** One client's result against one endpoint, as committed in fixtures/captured.json. */
export interface Captured {
  endpoint: string;
  client: string;
  text: string;
  /** Scenario slugs that may rank first for this text; empty when the attempt should succeed. */
  expected: string[];
  /** Why `expected` is wider than the endpoint's own list, when it is. */
  note?: string;
  /** The text cannot tell this failure from others (see Endpoint.textCannotTell): an expected scenario in the top 3 is enough. */
  top3?: boolean;
}

/** Scenarios FreeTDS cannot tell apart: it reports every certificate failure as "Error in the certificate". */
const certificateScenarios = [
  'untrusted-certificate',
  'certificate-revoked',
  'server-certificate-misconfigured',
  'encrypt-default-change',
  'certificate-expired',
  'certificate-name-mismatch',
  'weak-signature-certificate',
  'openssl-security-level',
];

/** Volatile parts (ports, OpenSSL thread ids, temp paths) replaced so fixtures stay stable between runs. */
export function normalize(text: string, ports: number[]): string {
  let out = text;
  for (const port of ports) out = out.replaceAll(`:${port}`, ':1433');
  return (
    out
      .replace(/\b[0-9A-F]{16}:error:/g, '40E7B4A38B7F0000:error:')
      .replace(/\/tmp\/[\w.-]+/g, '/tmp/lab')
      // GnuTLS logs name its record buffer by address.
      .replace(/REC\[0x[0-9a-f]+\]/g, 'REC[0x55b4a031e7b0]')
      // Java names the moment the lab CA revoked the certificate.
      .replace(/revocation date: [^,]+,/g, 'revocation date: Sun Dec 06 12:00:00 UTC 2026,')
      .trim()
  );
}

const certificateFailure = (endpoint: Endpoint) => endpoint.expected.some((slug) => certificateScenarios.includes(slug));

/** Every lab client against one running endpoint, as a user would run it (the lab CA trusted; its CRL where the endpoint's certificate was revoked). */
export async function runClients(running: RunningEndpoint, certs: LabCertificates, dir: string): Promise<clients.Attempt[]> {
  const { endpoint } = running;
  // Clients check revocation where the endpoint's certificate was revoked (its CA's CRL), as a
  // client configured for it would; by default most TLS clients do not check revocation at all.
  const crl = certFor(certs, endpoint).crl;
  const attempts = [await clients.tedious(running.port, certs.ca.cert, endpoint.mode === 'tds8' ? 'strict' : true, crl)];
  if (endpoint.mode === 'tds8-forced') {
    // Only the TDS clients: the plain-TLS clients would meet an ordinary TLS server on this endpoint.
    attempts.push(await clients.tsql(running.port, certs.ca.cert, dir, crl));
  } else if (endpoint.mode !== 'tds8') {
    attempts.push(await clients.tsql(running.port, certs.ca.cert, dir, crl));
    attempts.push(
      await clients.sClient(running.tlsPort, certs.ca.cert, undefined, crl),
      await clients.nodeTls(running.tlsPort, certs.ca.cert, crl),
      await clients.pythonSsl(running.tlsPort, certs.ca.cert, crl),
      await clients.curl(running.tlsPort, certs.ca.cert, crl),
      await clients.java(running.tlsPort, certs.ca.cert, dir, crl),
    );
  } else {
    attempts.push(await clients.sClient(running.port, certs.ca.cert, 'tds/8.0'));
  }
  return attempts;
}

/** Runs every client against every endpoint of the lab and returns what each printed. */
export async function captureAll(): Promise<Captured[]> {
  return (await captureWithProbes(false)).captured;
}

/**
 * The lab run, and with `withProbes` the probe's report on each endpoint (as `sqltls probe` run with the
 * lab CA sees it), for comparing `sqltls probe --client` predictions with what the clients did.
 */
export async function captureWithProbes(withProbes = true): Promise<{ captured: Captured[]; reports: Map<string, ProbeReport> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sqltls-lab-'));
  const certs = makeLabCertificates(dir);
  const lab = await startLab(endpoints, certs);
  const captured: Captured[] = [];
  const reports = new Map<string, ProbeReport>();
  const content = withProbes ? readProbeContent('.') : undefined;
  try {
    for (const running of lab) {
      const { endpoint } = running;
      const ports = [running.port, running.tlsPort];
      if (content) {
        const crl = certFor(certs, endpoint).crl;
        reports.set(
          endpoint.name,
          await probe({ host: 'localhost', port: running.port }, content, {
            timeoutMs: 2000,
            strict: endpoint.mode === 'tds8',
            ca: [readFileSync(certs.ca.cert)],
            ...(crl ? { crl: [readFileSync(crl)] } : {}),
          }),
        );
      }
      const attempts = await runClients(running, certs, dir);
      for (const attempt of attempts) {
        if (!attempt.text.replace(/\d+/g, '').trim()) {
          // openssl s_client waits for a silent server silently, FreeTDS tsql counts seconds forever:
          // neither prints anything to paste, so there is nothing to rank.
          const text = attempt.text.trim() ? '(only a seconds counter: the client waited until it was stopped)' : '(no output: the client waited until it was stopped)';
          captured.push({ endpoint: endpoint.name, client: attempt.client, text, expected: [], note: 'nothing to search for' });
          continue;
        }
        const accepted = endpoint.acceptedBy?.find((a) => attempt.client.startsWith(a.client));
        if (accepted && attempt.text === 'connected') {
          captured.push({ endpoint: endpoint.name, client: attempt.client, text: 'connected', expected: [], note: accepted.why });
          continue;
        }
        const tsqlCertificate = attempt.client.startsWith('FreeTDS') && certificateFailure(endpoint);
        const cannotTell = endpoint.textCannotTell?.find((x) => attempt.client.startsWith(x.client));
        captured.push({
          endpoint: endpoint.name,
          client: attempt.client,
          text: normalize(attempt.text, ports),
          expected: tsqlCertificate ? certificateScenarios : endpoint.expected,
          ...(tsqlCertificate ? { note: 'FreeTDS reports every certificate failure as "Error in the certificate"' } : {}),
          ...(cannotTell && !tsqlCertificate ? { note: cannotTell.why, top3: true } : {}),
        });
      }
    }
  } finally {
    await stopLab(lab);
    rmSync(dir, { recursive: true, force: true });
  }
  return { captured, reports };
}
