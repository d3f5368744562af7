import { loadDataFile, readDataFile } from '../contentModel/dataFiles.ts';
import type { OpensslPolicy, RegistryChange } from '../schemas/artifacts.ts';

/** The registry changes and OpenSSL policies by id (the schemas guarantee each id is defined once). */
export interface Artifacts {
  registry: Map<string, RegistryChange>;
  openssl: Map<string, OpensslPolicy>;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/** Reads and schema-checks the registry changes and OpenSSL policies of the project at `root` (scripts, tests). */
export function readArtifacts(root: string): Artifacts {
  return { registry: byId(readDataFile(root, 'registry')), openssl: byId(readDataFile(root, 'openssl')) };
}

/** The artifacts of the project being built. */
let cached: Artifacts | undefined;
export const loadArtifacts = (): Artifacts => (cached ??= { registry: byId(loadDataFile('registry')), openssl: byId(loadDataFile('openssl')) });
