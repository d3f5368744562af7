/**
 * Why the probe could not examine a server at all. Each kind has a sentence in each language
 * (`failure.<kind>` in content/probe/messages.yaml) that says what it means and what to check; the
 * technical detail (host, port, system error) is printed under it. Plain constants without zod, so the
 * single-file probe does not carry the schema library.
 */
export const probeFailureKinds = ['dns', 'refused', 'unreachable', 'connect-timeout', 'reset', 'instance', 'prelogin-timeout', 'not-sql-server', 'no-tls'] as const;
export type ProbeFailureKind = (typeof probeFailureKinds)[number];
