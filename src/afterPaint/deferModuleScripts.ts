// Rewrites a page's module scripts into inert holders that src/afterPaint/loadAfterFirstPaint.ts loads once
// the page has painted. Only pages whose <body> carries `data-scripts="after-paint"` (BaseLayout)
// are rewritten: the language chooser and the 404 page redirect at once and keep their scripts.

const optIn = /<body[^>]*\sdata-scripts="after-paint"/;
const moduleScript = /<script type="module" src="([^"]+)"><\/script>/g;
const listImports = /<body[^>]*\sdata-list-script-imports/;
const holder = /<script type="text\/plain" data-after-paint="([^"]+)"><\/script>/g;

export function deferModuleScripts(html: string): string {
  if (!optIn.test(html)) return html;
  return html.replace(moduleScript, (_tag, src: string) => `<script type="text/plain" data-after-paint="${src}"></script>`);
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
