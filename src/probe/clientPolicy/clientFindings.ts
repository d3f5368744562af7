// What the local client's policy refuses that an older SQL Server needs. Each finding's scenario and
// failure fact are content (content/probe/client-findings.yaml); these are only the tests.
import type { ClientFindingId } from '../../ids/clientFindings.ts';
import { effectiveSecurityLevel, type ClientPolicy } from './clientPolicy.ts';

const modernProtocols = new Set(['TLSv1.2', 'TLSv1.3']);

export function clientFindings(policy: ClientPolicy): ClientFindingId[] {
  const found: ClientFindingId[] = [];
  const openssl = policy.openssl;
  if (openssl) {
    const level = effectiveSecurityLevel(openssl);
    const isOpenSsl3 = /^OpenSSL 3\./.test(openssl.version ?? '');
    // Level 4 forbids TLS below 1.2; on OpenSSL 3, TLS 1.0/1.1 need level 0 in practice (its SHA-1
    // signatures are below level 1: the OpenSSL 3 migration notes, cited by the security-level scenario).
    if ((openssl.minProtocol && modernProtocols.has(openssl.minProtocol)) || (level !== undefined && level >= 4) || (isOpenSsl3 && level !== 0)) found.push('opensslOldProtocols');
    if (level !== undefined && level >= 2) found.push('opensslSmallKeys');
  }
  if (modernProtocols.has(policy.node.minVersion)) found.push('nodeOldProtocols');
  if (policy.java && policy.java.tlsDisabled.some((entry) => entry === 'TLSv1' || entry === 'TLSv1.1')) found.push('javaOldProtocols');
  return found;
}
