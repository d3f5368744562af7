import { describe, expect, test } from 'vitest';
import { addHolderImports, deferModuleScripts } from '../../../src/afterPaint/deferModuleScripts.ts';

describe('deferModuleScripts()', () => {
  const loader = '<script type="module">document.dispatchEvent(new Event(`after-first-paint`))</script>';
  const page = (body: string) => `<html><head></head><body data-scripts="after-paint"><main></main>${body}${loader}</body></html>`;

  test('turns module scripts into holders loaded after the first paint', () => {
    const html = deferModuleScripts(page('<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>'));
    expect(html).toContain('<script type="text/plain" data-after-paint="/_astro/a.js"></script><script type="text/plain" data-after-paint="/_astro/b.js"></script>');
    expect(html).not.toContain('type="module" src=');
  });

  test('leaves inline scripts (the loader itself) alone', () => {
    const inline = '<script type="module">console.log(1)</script>';
    expect(deferModuleScripts(page(inline))).toContain(inline);
    expect(deferModuleScripts(page(''))).toContain(loader);
  });

  // Astro writes `<script type="module" src="...">` today; if a release changes that, the build must stop.
  test('stops the build, naming the tag, when Astro writes a module script in another form', () => {
    for (const tag of [
      '<script src="/_astro/a.js" type="module"></script>',
      '<script type="module" async src="/_astro/a.js"></script>',
      "<script type='module' src='/_astro/a.js'></script>".replaceAll("'", '"').replace('type="module" src', 'type="module"  src'),
    ]) {
      expect(() => deferModuleScripts(page(tag))).toThrow(/a form this rewrite does not know: <script/);
    }
  });

  test('stops the build when the loader is no longer inline (it would wait for itself)', () => {
    const withoutLoader = `<html><body data-scripts="after-paint"><script type="module" src="/_astro/loader.js"></script></body></html>`;
    expect(() => deferModuleScripts(withoutLoader)).toThrow(/loader is no longer an inline module script/);
  });

  test('leaves pages that did not ask for it (redirects, the language chooser) unchanged', () => {
    const html = '<html><body><script type="module" src="/_astro/redirect.js"></script></body></html>';
    expect(deferModuleScripts(html)).toBe(html);
  });
});

describe('addHolderImports()', () => {
  test('on a page that asks, lists on each holder the modules its script imports', () => {
    const html =
      '<body data-list-script-imports><script type="text/plain" data-after-paint="/_astro/search.js"></script><script type="text/plain" data-after-paint="/_astro/base.js"></script>';
    const imports: Record<string, string[]> = { '/_astro/search.js': ['/_astro/engine.js', '/_astro/fuse.js'], '/_astro/base.js': [] };
    expect(addHolderImports(html, (src) => imports[src] ?? [])).toBe(
      '<body data-list-script-imports><script type="text/plain" data-after-paint="/_astro/search.js" data-imports="/_astro/engine.js /_astro/fuse.js"></script>' +
        '<script type="text/plain" data-after-paint="/_astro/base.js"></script>',
    );
  });

  test('leaves other pages unchanged (their scripts only add to a page that already reads)', () => {
    const html = '<body data-scripts="after-paint"><script type="text/plain" data-after-paint="/_astro/base.js"></script>';
    expect(addHolderImports(html, () => ['/_astro/chunk.js'])).toBe(html);
  });
});
