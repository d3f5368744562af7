import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { probeMessagesSchema, type ProbeMessages } from '../schemas/probeMessages.ts';

export const probeMessagesFile = 'content/probe/messages.yaml';

/** Reads and checks the probe's words; the message names the file and the key at fault. */
export function readProbeMessages(root: string): ProbeMessages {
  const result = probeMessagesSchema.safeParse(parseYaml(readFileSync(join(root, probeMessagesFile), 'utf8')));
  if (!result.success) throw new Error(`${probeMessagesFile}: ${z.prettifyError(result.error)}`);
  return result.data;
}
