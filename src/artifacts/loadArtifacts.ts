import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { opensslPoliciesSchema, registryChangesSchema, type OpensslPolicy, type RegistryChange } from '../schemas/artifacts.ts';

export const registryFile = 'content/artifacts/registry.yaml';
export const opensslFile = 'content/artifacts/openssl.yaml';

export interface Artifacts {
  registry: Map<string, RegistryChange>;
  openssl: Map<string, OpensslPolicy>;
}

function byUniqueId<T extends { id: string }>(items: T[], file: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`${file}: id "${item.id}" is defined twice`);
    map.set(item.id, item);
  }
  return map;
}

/** Reads and schema-checks the registry changes and OpenSSL policies (build time, scripts, tests). */
export function readArtifacts(root: string): Artifacts {
  const read = (file: string) => parseYaml(readFileSync(join(root, file), 'utf8'));
  return {
    registry: byUniqueId(registryChangesSchema.parse(read(registryFile)), registryFile),
    openssl: byUniqueId(opensslPoliciesSchema.parse(read(opensslFile)), opensslFile),
  };
}

let cached: Artifacts | undefined;
/** The artifacts of the current project, read once per build. */
export const loadArtifacts = () => (cached ??= readArtifacts(process.cwd()));
