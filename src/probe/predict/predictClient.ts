// Will this client connect to that server? The probe's report says what the server does; the client's
// limits (clientLimits.ts) what the client accepts; content (client-predictions.yaml) which mismatches fail
// which clients, as which failure fact and scenario. The fixes were picked when the content was read
// (pickFixes.ts): the safer fix first, then the client's own stopgap, which lowers security and says so.
import type { ClientKind, PredictionNote, PredictionTest } from '../../ids/clientKinds.ts';
import type { Platform } from '../../schemas/vocabulary.ts';
import type { ProbeReport } from '../probe.ts';
import type { ProbeContent, ProbeFix } from '../probeContent.ts';
import { tlsVersions, type ClientLimits } from './clientLimits.ts';

export interface PredictedFailure {
  /** The rule id, or the probe finding that fails every client. */
  cause: string;
  fact: string;
  scenario: string;
  /** What was compared: `server TLSv1 < client TLSv1.2 (MinProtocol = TLSv1.2)`. */
  detail?: string;
  /** Up to two fixes, the safer first. */
  fixes: ProbeFix[];
}

export interface ClientPrediction {
  client: ClientKind;
  label: string;
  /** Undefined when the probe could not examine the server and saw nothing that fails every client. */
  connects: boolean | undefined;
  failures: PredictedFailure[];
  notes: PredictionNote[];
}

type Check = (report: ProbeReport, limits: ClientLimits) => string | undefined;

/** Each test of content/probe/client-predictions.yaml: the mismatch it finds, in words, or undefined. */
const tests: Record<PredictionTest, Check> = {
  protocolBelowClientMinimum(report, limits) {
    if (!limits.minProtocol) return undefined;
    const accepted = tlsVersions.filter((version) => report.protocols[version]);
    const best = accepted.at(-1);
    // Nothing accepted at all is the probe's own finding (no handshake), not this client's limit.
    if (!best || tlsVersions.indexOf(best) >= tlsVersions.indexOf(limits.minProtocol.version as (typeof tlsVersions)[number])) return undefined;
    return `server ${best} < client ${limits.minProtocol.version} (${limits.minProtocol.why})`;
  },
  keyBelowClientMinimum(report, limits) {
    // keyBits is the RSA modulus length (probe.ts): a certificate with another kind of key has none.
    const bits = report.certificate?.keyBits;
    if (!limits.minRsaBits || bits === undefined || bits >= limits.minRsaBits.bits) return undefined;
    return `RSA ${bits} bits < ${limits.minRsaBits.bits} (${limits.minRsaBits.why})`;
  },
  signatureRefusedByClient(report, limits) {
    const algorithm = report.certificate?.signatureAlgorithm.toLowerCase().replace(/[-_ ]/g, '') ?? '';
    const refused = limits.refusedHashes.find(({ hash }) => algorithm.includes(hash) && !(hash === 'sha1' && /sha1\d/.test(algorithm)));
    return refused ? `${report.certificate!.signatureAlgorithm} (${refused.why})` : undefined;
  },
};

/** The platform this client runs on, for ranking fixes (the prediction is made where the client runs). */
const platformOf = (platform: string): Platform => (platform === 'win32' ? 'windows' : platform === 'darwin' ? 'macos' : 'linux');

export function predictClient(report: ProbeReport, limits: ClientLimits, content: ProbeContent, platform: string, lang: keyof ProbeContent['fixes']): ClientPrediction {
  const { predictions } = content;
  const fixesOf = (scenario: string) =>
    (content.fixPicks[scenario]?.[limits.kind]?.[platformOf(platform)] ?? []).map((id) => content.fixes[lang][scenario]?.[id]).filter((fix): fix is ProbeFix => fix !== undefined);
  const failures: PredictedFailure[] = [];
  for (const finding of report.findings) {
    if (!predictions.everyClient.includes(finding.reason)) continue;
    const meaning = content.findings[finding.reason];
    if (!meaning?.fact || failures.some((f) => f.cause === finding.reason)) continue;
    failures.push({
      cause: finding.reason,
      fact: meaning.fact,
      scenario: meaning.scenario,
      ...(finding.detail ? { detail: finding.detail } : {}),
      fixes: fixesOf(meaning.scenario),
    });
  }
  // A server the probe could not reach says nothing about this client's limits.
  if (!report.failure) {
    for (const rule of predictions.rules) {
      if (!rule.clients.includes(limits.kind)) continue;
      const detail = tests[rule.test](report, limits);
      if (detail) failures.push({ cause: rule.id, fact: rule.fact, scenario: rule.scenario, detail, fixes: fixesOf(rule.scenario) });
    }
  }
  const connects = failures.length ? false : report.failure ? undefined : true;
  return { client: limits.kind, label: limits.label, connects, failures, notes: limits.notes };
}
