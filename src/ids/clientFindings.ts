/**
 * What `sqltls client` can find in the local client's TLS policy: each refuses something an older or
 * misconfigured SQL Server needs. src/probe/clientPolicy/clientFindings.ts detects them; content says the
 * scenario and failure fact each belongs to (content/probe/client-findings.yaml) and its sentence in
 * each language (`client.<id>` in content/probe/messages.yaml). Plain constants: the single file
 * carries no schema library.
 */
export const clientFindingIds = ['opensslOldProtocols', 'opensslSmallKeys', 'nodeOldProtocols', 'javaOldProtocols'] as const;
export type ClientFindingId = (typeof clientFindingIds)[number];
