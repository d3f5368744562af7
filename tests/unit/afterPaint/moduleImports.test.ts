import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importClosure, importSpecifiers, staticImportClosure, workerSpecifiers } from '../../../src/afterPaint/moduleImports.ts';

describe('importSpecifiers()', () => {
  const source = 'import{a as e}from"./a.js";import"./b.js";export{c}from"./c.js";const d=()=>import(`./d.js`);';

  test('reads static imports and re-exports of minified output', () => {
    expect(importSpecifiers(source)).toEqual(['./a.js', './b.js', './c.js']);
  });

  test('adds dynamic imports only when asked', () => {
    expect(importSpecifiers(source, { dynamic: true })).toEqual(['./a.js', './b.js', './c.js', './d.js']);
  });
});

describe('workerSpecifiers()', () => {
  test('reads the worker scripts Vite emits as new Worker(new URL(…))', () => {
    const source = 'let t=new Worker(new URL(`/_astro/searchWorker-abc.js`,``+import.meta.url),{type:`module`});new URL("./icon.svg",import.meta.url)';
    expect(workerSpecifiers(source)).toEqual(['/_astro/searchWorker-abc.js']);
  });
});

describe('module graphs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imports-'));
  const files: Record<string, string> = {
    'entry.js': 'import{x}from"./engine.js";import"./shared.js";const later=()=>import("./lazy.js");',
    'engine.js': 'import"./fuse.js";import"./shared.js";new Worker(new URL(`/_astro/worker.js`,import.meta.url),{type:`module`});',
    'fuse.js': 'import"/_astro/runtime.js";',
    'shared.js': 'import"./engine.js";',
    'runtime.js': '',
    'lazy.js': '',
    'worker.js': 'import"./workerChunk.js";',
    'workerChunk.js': '',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const resolveRooted = (spec: string) => join(dir, spec.replace('/_astro/', ''));
  const names = (list: string[]) => list.map((f) => f.slice(dir.length + 1)).sort();

  test('importClosure() follows static imports through every level, once each, and workers and dynamic imports only when asked', () => {
    const entry = [join(dir, 'entry.js')];
    expect(names(importClosure(entry, resolveRooted))).toEqual(['engine.js', 'entry.js', 'fuse.js', 'runtime.js', 'shared.js']);
    expect(names(importClosure(entry, resolveRooted, { workers: true }))).toEqual(['engine.js', 'entry.js', 'fuse.js', 'runtime.js', 'shared.js', 'worker.js', 'workerChunk.js']);
    expect(names(importClosure(entry, resolveRooted, { dynamic: true }))).toContain('lazy.js');
  });

  test('staticImportClosure() lists what an entry needs before it runs, without the entry and the workers it starts later', () => {
    expect(names(staticImportClosure(join(dir, 'entry.js'), resolveRooted))).toEqual(['engine.js', 'fuse.js', 'runtime.js', 'shared.js']);
  });
});
