import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { locales, type Locale } from '../schemas/vocabulary.ts';
import { bilingualCollections, type CollectionName } from './collections.ts';

/** One content file as read from disk, before schema validation. */
export interface RawEntry {
  collection: CollectionName;
  lang: Locale;
  /** File name without extension: the slug or error id. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
  body: string;
  /** Set when the frontmatter could not be parsed. */
  parseError?: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits an MDX file into parsed YAML frontmatter and body. */
export function parseMdx(source: string): { data: unknown; body: string; error?: string } {
  const match = frontmatterPattern.exec(source);
  if (!match) return { data: undefined, body: source, error: 'no YAML frontmatter between --- lines' };
  try {
    return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
  } catch (error) {
    return { data: undefined, body: match[2] ?? '', error: `frontmatter is not valid YAML: ${(error as Error).message}` };
  }
}

/** Reads every bilingual content file under `<root>/content`. Folders that do not exist yield nothing. */
export function readContentFiles(root: string): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const [collection, { folder }] of Object.entries(bilingualCollections) as [CollectionName, { folder: string }][]) {
    for (const lang of locales) {
      const dir = join(root, 'content', folder, lang);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        if (!name.endsWith('.mdx')) continue;
        const path = join(dir, name);
        const parsed = parseMdx(readFileSync(path, 'utf8'));
        entries.push({
          collection,
          lang,
          id: name.replace(/\.mdx$/, ''),
          file: relative(root, path),
          data: parsed.data,
          body: parsed.body,
          parseError: parsed.error,
        });
      }
    }
  }
  return entries;
}
