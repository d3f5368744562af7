import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { connectionStringsSchema, type ConnectionStrings } from '../schemas/connectionStrings.ts';

export const connectionStringsFile = 'content/connection-strings/drivers.yaml';

/** Reads and schema-checks the connection-string data (build time, scripts, tests). */
export function readConnectionStrings(root: string): ConnectionStrings {
  return connectionStringsSchema.parse(parseYaml(readFileSync(join(root, connectionStringsFile), 'utf8')));
}

let cached: ConnectionStrings | undefined;
export const loadConnectionStrings = () => (cached ??= readConnectionStrings(process.cwd()));
