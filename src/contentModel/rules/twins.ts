import { locales } from '../../schemas/vocabulary.ts';
import type { ContentRule } from './rule.ts';

/** Every article exists in every language (checked on the files as read, so a schema error does not hide a missing twin). */
export const twins: ContentRule = ({ entries }) =>
  entries.flatMap((entry) =>
    locales
      .filter((lang) => lang !== entry.lang && !entries.some((e) => e.collection === entry.collection && e.lang === lang && e.id === entry.id))
      .map((lang) => ({ file: entry.file, message: `has no ${lang} twin: expected ${entry.file.replace(`/${entry.lang}/`, `/${lang}/`)}` })),
  );
