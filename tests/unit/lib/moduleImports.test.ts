import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importSpecifiers, staticImportClosure } from '../../../src/build/moduleImports.ts';

describe('importSpecifiers()', () => {
  const source = 'import{a as e}from"./a.js";import"./b.js";export{c}from"./c.js";const d=()=>import(`./d.js`);';

  test('reads static imports and re-exports of minified output', () => {
    expect(importSpecifiers(source)).toEqual(['./a.js', './b.js', './c.js']);
  });

  test('adds dynamic imports only when asked', () => {
    expect(importSpecifiers(source, { dynamic: true })).toEqual(['./a.js', './b.js', './c.js', './d.js']);
  });
});

describe('staticImportClosure()', () => {
  test('follows static imports through every level, once each, without the dynamic ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imports-'));
    const files: Record<string, string> = {
      'entry.js': 'import{x}from"./engine.js";import"./shared.js";const later=()=>import("./lazy.js");',
      'engine.js': 'import"./fuse.js";import"./shared.js";',
      'fuse.js': 'import"/_astro/runtime.js";',
      'shared.js': 'import"./engine.js";',
      'runtime.js': '',
      'lazy.js': '',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const closure = staticImportClosure(join(dir, 'entry.js'), (spec) => join(dir, spec.replace('/_astro/', '')));
    expect(closure.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['engine.js', 'fuse.js', 'runtime.js', 'shared.js']);
  });
});
