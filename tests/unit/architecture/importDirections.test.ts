import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// The map of src/ (README, "How it is organised") as a test: which folder may import which. A new
// import against the directions fails here, naming the file and the import.

const features = ['search', 'wizard', 'connectionStrings', 'artifacts', 'probe', 'tds', 'certificate'] as const;

/** The zone a file belongs to: the most specific folder rule that holds it. */
function zoneOf(file: string): string {
  for (const zone of ['ids', 'schemas', 'contentModel', 'diagnosis', 'client', 'i18n', 'afterPaint', 'enhance']) if (file.startsWith(`src/${zone}/`)) return zone;
  for (const feature of features) {
    if (file.startsWith(`src/${feature}/browser/`)) return `${feature}/browser`;
    if (file.startsWith(`src/${feature}/`)) return feature;
  }
  return file.startsWith('src/') ? 'site' : 'outside';
}

const isFeature = (zone: string) => (features as readonly string[]).includes(zone);
const isBrowser = (zone: string) => zone.endsWith('/browser');

/**
 * Why `from` may not import `to` (undefined when it may). `typeOnly` imports vanish from the bundle, so
 * browser code may name schema types but never pull in zod or Node-only content reading.
 */
export function directionProblem(from: string, to: string, typeOnly: boolean): string | undefined {
  const [a, b] = [zoneOf(from), zoneOf(to)];
  if (a === b || b === 'outside') return undefined;
  const shared = ['ids'];
  const rules: Record<string, (b: string) => boolean> = {
    ids: () => false,
    schemas: (z) => shared.includes(z),
    // Content is checked and turned into diagnosis data (the lexicon) with diagnosis's own pure functions.
    contentModel: (z) => [...shared, 'schemas', 'diagnosis'].includes(z),
    diagnosis: (z) => shared.includes(z) || (z === 'schemas' && typeOnly),
    client: (z) => shared.includes(z),
    i18n: (z) => [...shared, 'client'].includes(z) || (z === 'schemas' && typeOnly),
    afterPaint: () => false,
    enhance: (z) => [...shared, 'client'].includes(z) || isBrowser(z) || (z === 'schemas' && typeOnly),
  };
  let allowed: boolean;
  if (rules[a]) allowed = rules[a](b);
  else if (isBrowser(a)) {
    const own = a.replace('/browser', '');
    allowed = b === own || [...shared, 'client', 'diagnosis'].includes(b) || (b === 'schemas' && typeOnly);
  } else if (isFeature(a)) {
    // Features share the layers below them, never each other (the probe speaks TDS through tds/).
    allowed = [...shared, 'schemas', 'contentModel', 'diagnosis', 'client', 'i18n'].includes(b) || (a === 'probe' && b === 'tds');
  } else allowed = true; // pages, components, layouts, lib, integrations, build: the site puts the parts together
  return allowed ? undefined : `${from} (${a}) imports ${to} (${b})${typeOnly ? ' as a type' : ''}`;
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** The imports of a TypeScript source: static (with whether only types are named), re-exports, dynamic, workers. */
function importsOf(source: string, fileName: string): Import[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = Boolean(clause && (clause.isTypeOnly || (!clause.name && named?.length && named.every((e) => e.isTypeOnly))));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.[0] &&
      ts.isStringLiteral(node.arguments[0]) &&
      node.arguments[0].text.endsWith('.ts')
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false }); // new Worker(new URL('./worker.ts', import.meta.url))
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The TypeScript of an .astro file: its frontmatter and its <script> elements. */
const astroCode = (source: string) =>
  [/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '', ...[...source.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '')].join('\n');

const sourceFiles = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
  .map((e) => relative('.', join(e.parentPath, e.name)).split('\\').join('/'));

describe('import directions in src/', () => {
  test('every import follows the map', () => {
    const problems: string[] = [];
    for (const file of sourceFiles) {
      const source = readFileSync(file, 'utf8');
      for (const { specifier, typeOnly } of importsOf(file.endsWith('.astro') ? astroCode(source) : source, file)) {
        if (!specifier.startsWith('.')) continue;
        const target = normalize(join(dirname(file), specifier.split('?')[0]!))
          .split('\\')
          .join('/');
        const problem = directionProblem(file, target, typeOnly);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
  });

  test('reads every kind of import, so the check above sees them all', () => {
    const imports = importsOf(
      "import type { A } from './a.ts';\nimport { type B } from './b.ts';\nimport { C } from './c.ts';\nexport { D } from './d.ts';\nvoid import('./e.ts');\nnew Worker(new URL('./f.ts', import.meta.url));",
      'x.ts',
    );
    expect(imports).toEqual([
      { specifier: './a.ts', typeOnly: true },
      { specifier: './b.ts', typeOnly: true },
      { specifier: './c.ts', typeOnly: false },
      { specifier: './d.ts', typeOnly: false },
      { specifier: './e.ts', typeOnly: false },
      { specifier: './f.ts', typeOnly: false },
    ]);
  });

  test('the map refuses what it must', () => {
    expect(directionProblem('src/search/createSearcher.ts', 'src/wizard/steps.ts', false)).toBeDefined();
    expect(directionProblem('src/wizard/preAnswer.ts', 'src/search/createSearcher.ts', true)).toBeDefined();
    expect(directionProblem('src/schemas/probeMessages.ts', 'src/probe/findings.ts', false)).toBeDefined();
    expect(directionProblem('src/contentModel/project.ts', 'src/wizard/buildWizardMachine.ts', false)).toBeDefined();
    expect(directionProblem('src/diagnosis/analyzeError.ts', 'src/search/tokenize.ts', false)).toBeDefined();
    expect(directionProblem('src/search/browser/engine.ts', 'src/contentModel/dataFiles.ts', false)).toBeDefined();
    expect(directionProblem('src/search/browser/engine.ts', 'src/schemas/vocabulary.ts', false)).toBeDefined();
    expect(directionProblem('src/wizard/browser/pasteEngine.ts', 'src/search/browser/engine.ts', false)).toBeDefined();
    expect(directionProblem('src/search/browser/engine.ts', 'src/schemas/vocabulary.ts', true)).toBeUndefined();
    expect(directionProblem('src/search/browser/engine.ts', 'src/search/createSearcher.ts', false)).toBeUndefined();
    expect(directionProblem('src/pages/index.astro', 'src/wizard/steps.ts', false)).toBeUndefined();
  });
});
