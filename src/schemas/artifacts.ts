import { z } from 'astro/zod';
import { kebabId } from './common.ts';
import { riskSchema } from './vocabulary.ts';

/**
 * Generated fix artifacts: registry changes (offered as .reg, PowerShell and rollback files) and
 * OpenSSL policies (offered as openssl.cnf blocks and per-process files). Pages, downloads and tests
 * are all generated from these definitions, so a key path or value exists in exactly one place.
 */

/** Artifact ids name download files, so each is defined once. */
function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const [index, { id }] of items.entries()) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id "${id}" is defined twice` });
    seen.add(id);
  }
}

/** A full registry key path as regedit writes it (HKEY_LOCAL_MACHINE\...), no trailing backslash. */
const registryKeyPath = z.string().regex(/^HKEY_LOCAL_MACHINE(\\[^\\[\]\r\n"]+)+$/, 'must be a HKEY_LOCAL_MACHINE\\... path without brackets, quotes or a trailing backslash');

/**
 * A DWORD the fix writes. Capped at 0x7FFFFFFF because PowerShell's New-ItemProperty takes DWORD values
 * as Int32; the flags these fixes set are 0 or 1 anyway.
 */
const dwordValue = z.number().int().min(0).max(0x7fffffff);

export const registryKeySchema = z.object({
  path: registryKeyPath,
  /** Value name → DWORD, written in this order. */
  values: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'value names are plain identifiers'), dwordValue),
});

/** What every artifact states about itself. */
const artifactFields = {
  /** File stem of the downloads (registry: <id>.reg, <id>.ps1, <id>-rollback.reg; OpenSSL: <id>-<version>.cnf); permanent, like fix ids. */
  id: kebabId,
  /** One-line English description, used in the generated files' comments. */
  description: z.string().min(1),
  risk: riskSchema,
  /** What the generated files cite (a FACTS.md source, e.g. KB3135244). */
  source: z.string().min(1),
};

export const registryChangeSchema = z.object({
  ...artifactFields,
  /** What must happen after the change for it to take effect (printed by the script). */
  afterwards: z.string().min(1),
  keys: z.array(registryKeySchema).min(1),
});
export type RegistryChange = z.infer<typeof registryChangeSchema>;
export const registryChangesSchema = z.array(registryChangeSchema).min(1).superRefine(uniqueIds);

/** Exact MinProtocol values OpenSSL accepts (ssl/ssl_conf.c); `TLSv1.0` is not one of them. */
export const minProtocols = ['None', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
/** OpenSSL lines whose configuration differs (security levels and stock files differ between them). */
export const opensslVersions = ['3', '1.1.1'] as const;
export const opensslVersionSchema = z.enum(opensslVersions);
export type OpensslVersion = z.infer<typeof opensslVersionSchema>;

const cipherString = z.string().regex(/^[A-Z0-9!:+@=._-]+$/i, 'a cipher string without spaces, e.g. DEFAULT@SECLEVEL=0');

export const opensslPolicySchema = z.object({
  ...artifactFields,
  minProtocol: z.enum(minProtocols),
  /** CipherString per OpenSSL line, e.g. DEFAULT@SECLEVEL=0 on 3.x and DEFAULT@SECLEVEL=1 on 1.1.1. */
  cipherString: z.object({ '3': cipherString, '1.1.1': cipherString }),
  /** The RHEL/Fedora crypto policy with the same effect (update-crypto-policies --set <policy>). */
  rhelPolicy: z.enum(['DEFAULT', 'LEGACY', 'FUTURE', 'FIPS']).optional(),
});
export type OpensslPolicy = z.infer<typeof opensslPolicySchema>;
export const opensslPoliciesSchema = z.array(opensslPolicySchema).min(1).superRefine(uniqueIds);

/** How a fix step refers to an artifact; the page renders the generated text and its downloads. */
export const artifactRefSchema = z.union([
  z.strictObject({ registry: kebabId }),
  z.strictObject({
    openssl: kebabId,
    version: opensslVersionSchema,
    /** `per-process`: a whole file for OPENSSL_CONF; `system-wide`: what to add to the distribution's openssl.cnf. */
    form: z.enum(['per-process', 'system-wide']),
  }),
  /** The RHEL-family crypto-policies commands of an OpenSSL policy. */
  z.strictObject({ cryptoPolicy: kebabId }),
]);
export type ArtifactRef = z.infer<typeof artifactRefSchema>;
