// Rewrites a page's module scripts into inert holders that src/scripts/afterFirstPaint.ts loads once
// the page has painted. Only pages whose <body> carries `data-scripts="after-paint"` (BaseLayout)
// are rewritten: the language chooser and the 404 page redirect at once and keep their scripts.

const optIn = /<body[^>]*\sdata-scripts="after-paint"/;
const moduleScript = /<script type="module" src="([^"]+)"><\/script>/g;

export function deferModuleScripts(html: string): string {
  if (!optIn.test(html)) return html;
  return html.replace(moduleScript, (_tag, src: string) => `<script type="text/plain" data-after-paint="${src}"></script>`);
}
