// Rewrites a page's module scripts into inert holders that src/afterPaint/loadAfterFirstPaint.ts loads once
// the page has painted. Only pages whose <body> carries `data-scripts="after-paint"` (BaseLayout)
// are rewritten: the language chooser and the 404 page redirect at once and keep their scripts.

const optIn = /<body[^>]*\sdata-scripts="after-paint"/;
const moduleScript = /<script type="module" src="([^"]+)"><\/script>/g;
const listImports = /<body[^>]*\sdata-list-script-imports/;
const holder = /<script type="text\/plain" data-after-paint="([^"]+)"><\/script>/g;

const scriptTag = /<script\b[^>]*>/g;
/** The inline loader (loadAfterFirstPaint.ts): Astro inlines it, and it must stay inline, or it would wait for itself. */
const inlineLoader = /<script type="module">[^<]*after-first-paint/;

/**
 * The rewrite relies on how Astro writes script tags. If that changes, the build stops here, naming the
 * tag, instead of shipping pages whose scripts never run (see src/afterPaint/README.md).
 */
function assertRewritten(html: string): void {
  const missed = [...html.matchAll(scriptTag)].map((m) => m[0]).find((tag) => /\stype="module"/.test(tag) && /\ssrc=/.test(tag));
  if (missed) throw new Error(`deferModuleScripts: Astro wrote a module script in a form this rewrite does not know: ${missed} (see src/afterPaint/README.md)`);
  if (!inlineLoader.test(html))
    throw new Error(
      'deferModuleScripts: the after-first-paint loader is no longer an inline module script, so nothing would load the deferred scripts (see src/afterPaint/README.md)',
    );
}

export function deferModuleScripts(html: string): string {
  if (!optIn.test(html)) return html;
  const deferred = html.replace(moduleScript, (_tag, src: string) => `<script type="text/plain" data-after-paint="${src}"></script>`);
  assertRewritten(deferred);
  return deferred;
}

/**
 * On pages that ask for it (<body data-list-script-imports>), writes onto each holder the modules its
 * script imports (`data-imports`), once the bundle's file names are final (src/afterPaint/scriptImportHints.ts).
 * The page requests them together with the script instead of one import level per round trip.
 */
export function addHolderImports(html: string, importsOf: (src: string) => string[]): string {
  if (!listImports.test(html)) return html;
  return html.replace(holder, (tag, src: string) => {
    const imports = importsOf(src);
    return imports.length ? `<script type="text/plain" data-after-paint="${src}" data-imports="${imports.join(' ')}"></script>` : tag;
  });
}
