import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';

/** A data file that cannot be read or fails its schema: `detail` says what, the message names the file too. */
export class DataFileError extends Error {
  // Plain fields, not parameter properties: Node runs these files with types stripped, which has none.
  readonly file: string;
  readonly detail: string;
  constructor(file: string, detail: string, options?: ErrorOptions) {
    super(`${file}: ${detail}`, options);
    this.file = file;
    this.detail = detail;
  }
}

/**
 * Reads one YAML or JSON data file under `root` and checks it against its schema. The error message
 * names the file and the field at fault, so the build, the content check and a test all say where to look.
 */
export function readData<S extends z.ZodType>(root: string, file: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    const text = readFileSync(join(root, file), 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new DataFileError(file, `cannot be read: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new DataFileError(file, z.prettifyError(result.error));
  return result.data;
}
