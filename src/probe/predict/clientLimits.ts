// What one client will accept from a server, derived from the local client policy that `sqltls client`
// reads (src/probe/clientPolicy). Each limit carries the sentence of policy it comes from, so a
// prediction can say why.
import type { ClientKind, PredictionNote } from '../../ids/clientKinds.ts';
import { builtSecurityLevel, effectiveSecurityLevel, openSslVersion, type ClientPolicy } from '../clientPolicy/clientPolicy.ts';

export const tlsVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;

export interface ClientLimits {
  kind: ClientKind;
  /** What the client is, as the report names it: `OpenSSL 3.0.19 (system policy)`, `Java 17.0.15`. */
  label: string;
  /** The lowest TLS version it will use, and the policy that sets it. */
  minProtocol?: { version: string; why: string };
  /** The smallest RSA key it accepts in the server's certificate. */
  minRsaBits?: { bits: number; why: string };
  /** Certificate signature hashes it refuses (lower case: sha1, md5). */
  refusedHashes: { hash: string; why: string }[];
  /** What the prediction cannot know for this client (`predict.note.<id>` in messages.yaml). */
  notes: PredictionNote[];
}

/** RSA key sizes below which each OpenSSL security level refuses a key (SSL_CTX_set_security_level(3)). */
const rsaBitsByLevel = [0, 1024, 2048, 3072, 7680, 15360];

const laterOf = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : tlsVersions.indexOf(a as (typeof tlsVersions)[number]) >= tlsVersions.indexOf(b as (typeof tlsVersions)[number]) ? a : b;

/** Limits of an OpenSSL at `level` with an optional configured MinProtocol. */
function openSslLimits(
  kind: ClientKind,
  label: string,
  version: string | undefined,
  level: number | undefined,
  minProtocol: string | undefined,
  minSetting = 'MinProtocol',
): ClientLimits {
  const isThree = (openSslVersion(version)?.[0] ?? 0) >= 3;
  const levelWhy = `SECLEVEL ${level}`;
  // Level 3 refuses TLS below 1.1 and level 4 below 1.2 (the 1.1.1 manual); on OpenSSL 3, TLS 1.0 and 1.1
  // need SHA-1 or MD5 signatures that level 1 already refuses (OpenSSL 3.0 migration notes).
  const byLevel = level === undefined ? undefined : level >= 4 || (isThree && level >= 1) ? 'TLSv1.2' : level >= 3 ? 'TLSv1.1' : undefined;
  // A minimum of TLS 1.0 (or SSLv3, None) refuses no version a SQL Server offers.
  const min = laterOf(tlsVersions.includes(minProtocol as (typeof tlsVersions)[number]) && minProtocol !== 'TLSv1' ? minProtocol : undefined, byLevel);
  const minWhy = min === minProtocol && minProtocol ? `${minSetting} = ${minProtocol}` : `${levelWhy}${isThree ? ' (OpenSSL 3)' : ''}`;
  const notes: PredictionNote[] = [];
  if (level === undefined) notes.push('levelUnknown');
  else if (!isThree) notes.push('openssl111Signatures');
  return {
    kind,
    label,
    ...(min ? { minProtocol: { version: min, why: minWhy } } : {}),
    ...(level !== undefined && level > 0 ? { minRsaBits: { bits: rsaBitsByLevel[Math.min(level, 5)]!, why: levelWhy } } : {}),
    // OpenSSL 3 counts SHA-1 and MD5 signatures below level 1 (OpenSSL 3.0 migration notes).
    refusedHashes:
      isThree && level !== undefined && level >= 1
        ? [
            { hash: 'sha1', why: `${levelWhy} (OpenSSL 3)` },
            { hash: 'md5', why: `${levelWhy} (OpenSSL 3)` },
          ]
        : [],
    notes,
  };
}

/** Java's limits from jdk.tls.disabledAlgorithms and jdk.certpath.disabledAlgorithms. */
function javaLimits(policy: NonNullable<ClientPolicy['java']>): ClientLimits {
  const disabled = new Set(policy.tlsDisabled);
  const min = tlsVersions.find((version) => !disabled.has(version));
  const rsa = [...policy.tlsDisabled, ...policy.certpathDisabled]
    .map((entry) => /^RSA\s+keySize\s*<\s*(\d+)$/.exec(entry)?.[1])
    .filter((bits): bits is string => bits !== undefined)
    .map(Number);
  const refusedHashes: ClientLimits['refusedHashes'] = [];
  const notes: PredictionNote[] = [];
  for (const hash of ['MD5', 'SHA1'] as const) {
    const entries = [...policy.certpathDisabled, ...policy.tlsDisabled].filter((entry) => entry === hash || entry.startsWith(`${hash} `) || entry === `${hash}withRSA`);
    // "SHA1 jdkCA & usage TLSServer" refuses SHA-1 only in chains that end at a root the JDK ships:
    // a private CA's SHA-1 certificate passes, so only an unconditional entry refuses it here.
    const unconditional = entries.find((entry) => entry === hash || entry === `${hash}withRSA`);
    if (unconditional) refusedHashes.push({ hash: hash.toLowerCase(), why: `disabledAlgorithms: ${unconditional}` });
    else if (hash === 'SHA1' && entries.some((entry) => entry.includes('jdkCA'))) notes.push('sha1UnderJdkRoots');
  }
  return {
    kind: 'java',
    label: `Java ${policy.version ?? '?'}`,
    ...(min && min !== 'TLSv1' ? { minProtocol: { version: min, why: `jdk.tls.disabledAlgorithms: ${tlsVersions.slice(0, tlsVersions.indexOf(min)).join(', ')}` } } : {}),
    ...(rsa.length ? { minRsaBits: { bits: Math.max(...rsa), why: `disabledAlgorithms: RSA keySize < ${Math.max(...rsa)}` } } : {}),
    refusedHashes,
    notes,
  };
}

/** The limits of `kind` on this machine, or why they cannot be known (no openssl command, no JDK). */
export function clientLimits(policy: ClientPolicy, kind: ClientKind): ClientLimits | { missing: 'noJdk' | 'noOpenssl' } {
  if (kind === 'java') return policy.java ? javaLimits(policy.java) : { missing: 'noJdk' };
  if (kind === 'node') {
    // Node.js uses the OpenSSL it was built with and, by default, not the system's openssl.cnf.
    const level = builtSecurityLevel(policy.node.openssl, undefined);
    return openSslLimits('node', `Node.js ${policy.node.version} (OpenSSL ${policy.node.openssl})`, policy.node.openssl, level, policy.node.minVersion, 'tls.DEFAULT_MIN_VERSION');
  }
  const openssl = policy.openssl;
  if (!openssl) return { missing: 'noOpenssl' };
  const name = kind === 'dotnet' ? '.NET on this system OpenSSL' : 'system OpenSSL';
  return openSslLimits(kind, `${openssl.version?.split(' ').slice(0, 2).join(' ') ?? 'OpenSSL'} (${name})`, openssl.version, effectiveSecurityLevel(openssl), openssl.minProtocol);
}
