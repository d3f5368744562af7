import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';

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
    throw new Error(`${file}: cannot be read: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}
