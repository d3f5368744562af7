import type { z } from 'astro/zod';
import type { ErrorPage } from '../schemas/errorPage.ts';
import type { OverviewPage } from '../schemas/overviewPage.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { handshakeSteps, locales } from '../schemas/vocabulary.ts';
import { bilingualCollections } from './collections.ts';
import type { RawEntry } from './readContentFiles.ts';

/** A content problem, always naming the file it was found in. */
export interface ContentProblem {
  file: string;
  message: string;
}

type Parsed<T> = RawEntry & { value: T };

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}

/** The language-neutral facts of a scenario; both twins must state them identically. */
function scenarioFacts(s: Scenario) {
  return {
    side: s.side,
    stage: s.stage,
    platforms: s.platforms,
    drivers: s.drivers,
    related: s.related,
    signals: s.signals,
    checks: s.checks.map((c) => ({ id: c.id, platforms: c.platforms, code: c.code?.code })),
    fixes: s.fixes.map((f) => ({
      id: f.id,
      kind: f.kind,
      platforms: f.platforms,
      drivers: f.drivers,
      appliesTo: f.appliesTo,
      risk: f.risk,
      saferAlternative: f.saferAlternative,
      code: f.steps.map((step) => step.code?.code ?? step.artifact ?? null),
      variants: f.variants?.map((v) => ({ driver: v.driver, minVersion: v.minVersion, code: v.code.code })),
    })),
  };
}

const markdownHeading = /^#{1,6}\s/m;
const explicitHeading = /<h[2-6]\s+id="([a-z0-9-]+)"/g;

/** Anchor ids of the headings in an article body, in order. */
export function bodyHeadingIds(body: string): string[] {
  return [...body.matchAll(explicitHeading)].map((m) => m[1]!);
}

/** Names the first difference between two JSON-like values, or returns undefined when equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || 'list'} has ${a.length} items in English, ${b.length} in Chinese`;
    for (let i = 0; i < a.length; i++) {
      const diff = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (diff) return diff;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const diff = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (diff) return diff;
    }
    return undefined;
  }
  return a === b ? undefined : `${path}: English has ${JSON.stringify(a)}, Chinese has ${JSON.stringify(b)}`;
}

/**
 * Checks content across files: schemas, language twins, identical ids and facts between twins,
 * references between entries, and coverage (a fix for every platform a scenario names).
 */
export function validateContent(entries: RawEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, message: string) => problems.push({ file, message });

  const parsed: Parsed<unknown>[] = [];
  for (const entry of entries) {
    if (entry.parseError) {
      report(entry.file, entry.parseError);
      continue;
    }
    const result = bilingualCollections[entry.collection].schema.safeParse(entry.data);
    if (!result.success) {
      for (const message of formatIssues(result.error)) report(entry.file, message);
      continue;
    }
    parsed.push({ ...entry, value: result.data });
  }

  const byKey = new Map<string, Parsed<unknown>>();
  for (const entry of parsed) byKey.set(`${entry.collection}/${entry.lang}/${entry.id}`, entry);
  const ids = (collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const scenarioSlugs = ids('scenarios');

  // Twins: every entry exists in every language (checked on raw entries so a schema error does not hide it).
  for (const entry of entries) {
    for (const lang of locales) {
      if (lang === entry.lang) continue;
      const twin = entries.find((e) => e.collection === entry.collection && e.lang === lang && e.id === entry.id);
      if (!twin) {
        const expected = entry.file.replace(`/${entry.lang}/`, `/${lang}/`);
        report(entry.file, `has no ${lang} twin: expected ${expected}`);
      }
    }
  }

  // Headings inside articles carry explicit ids, identical in both languages, so links to them survive edits.
  for (const entry of parsed) {
    if (markdownHeading.test(entry.body)) report(entry.file, 'body headings need an explicit id: write <h3 id="some-id">Title</h3> instead of ### Title');
    if (entry.lang === 'en') continue;
    const english = byKey.get(`${entry.collection}/en/${entry.id}`);
    if (english) {
      const diff = firstDifference(bodyHeadingIds(english.body), bodyHeadingIds(entry.body), 'heading ids');
      if (diff) report(entry.file, `differs from its English twin: ${diff}`);
    }
  }

  for (const entry of parsed) {
    const value = entry.value as { revision?: number; translatedRevision?: number };
    if (entry.lang === 'en' && value.revision === undefined) report(entry.file, 'English pages need `revision`');
    if (entry.lang !== 'en') {
      if (value.translatedRevision === undefined) report(entry.file, 'translations need `translatedRevision` (the English revision they translate)');
      const english = byKey.get(`${entry.collection}/en/${entry.id}`)?.value as { revision?: number } | undefined;
      if (english?.revision !== undefined && value.translatedRevision !== undefined && value.translatedRevision > english.revision) {
        report(entry.file, `translatedRevision ${value.translatedRevision} is newer than the English revision ${english.revision}`);
      }
    }
  }

  for (const entry of parsed.filter((e) => e.collection === 'scenarios') as Parsed<Scenario>[]) {
    const s = entry.value;
    const fixIds = new Set<string>();
    for (const fix of s.fixes) {
      if (fixIds.has(fix.id)) report(entry.file, `fix id ${fix.id} is used twice`);
      fixIds.add(fix.id);
      if (fix.kind === 'connection-string' && !fix.variants?.length) report(entry.file, `${fix.id}: connection-string fixes need per-driver \`variants\``);
    }
    const checkIds = new Set<string>();
    for (const check of s.checks) {
      if (checkIds.has(check.id)) report(entry.file, `check id ${check.id} is used twice`);
      checkIds.add(check.id);
    }
    for (const fix of s.fixes) {
      if (!fix.saferAlternative) continue;
      const [slug, anchor] = fix.saferAlternative.includes('#') ? fix.saferAlternative.split('#') : [entry.id, fix.saferAlternative];
      const target = byKey.get(`scenarios/${entry.lang}/${slug}`)?.value as Scenario | undefined;
      if (!target || !target.fixes.some((f) => f.id === anchor)) {
        report(entry.file, `${fix.id}: saferAlternative ${fix.saferAlternative} does not name an existing fix`);
      }
    }
    for (const platform of s.platforms) {
      if (!s.fixes.some((f) => f.platforms.includes(platform))) report(entry.file, `no fix applies to platform ${platform}, which the scenario lists`);
    }
    for (const slug of s.related) {
      if (!scenarioSlugs.has(slug)) report(entry.file, `related scenario ${slug} does not exist`);
      if (slug === entry.id) report(entry.file, 'a scenario cannot be related to itself');
    }
    if (entry.lang !== 'en') {
      const english = byKey.get(`scenarios/en/${entry.id}`)?.value as Scenario | undefined;
      if (english) {
        const diff = firstDifference(scenarioFacts(english), scenarioFacts(s));
        if (diff) report(entry.file, `differs from its English twin in language-neutral facts: ${diff}`);
      }
    }
  }

  const codeOwners = new Map<string, string>();
  for (const entry of parsed.filter((e) => e.collection === 'errors') as Parsed<ErrorPage>[]) {
    for (const candidate of entry.value.scenarios) {
      if (!scenarioSlugs.has(candidate.slug)) report(entry.file, `scenario ${candidate.slug} does not exist`);
    }
    if (entry.lang !== 'en') {
      const english = byKey.get(`errors/en/${entry.id}`)?.value as ErrorPage | undefined;
      if (english) {
        const diff = firstDifference(
          { codes: english.codes, scenarios: english.scenarios.map((c) => c.slug) },
          { codes: entry.value.codes, scenarios: entry.value.scenarios.map((c) => c.slug) },
        );
        if (diff) report(entry.file, `differs from its English twin: ${diff}`);
      }
      continue;
    }
    for (const code of entry.value.codes) {
      const key = code.toLowerCase();
      const owner = codeOwners.get(key);
      if (owner) report(entry.file, `code "${code}" is also claimed by ${owner}`);
      else codeOwners.set(key, entry.file);
    }
  }

  for (const entry of parsed.filter((e) => e.collection === 'pages') as Parsed<OverviewPage>[]) {
    const stepIds = entry.value.steps.map((s) => s.id);
    const missing = handshakeSteps.filter((id) => !stepIds.includes(id));
    if (missing.length) report(entry.file, `steps missing: ${missing.join(', ')}`);
  }

  return problems;
}

/** Formats problems as one readable block, grouped by file. */
export function formatProblems(problems: ContentProblem[]): string {
  const byFile = new Map<string, string[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.message]);
  return [...byFile].map(([file, messages]) => `${file}\n${messages.map((m) => `  - ${m}`).join('\n')}`).join('\n');
}
