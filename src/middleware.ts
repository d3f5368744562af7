// Runs on every page as it is built: page scripts wait for the first paint (src/afterPaint/, see its README),
// and the Content-Security-Policy lists only the page's own inline code (src/lib/pageCsp.ts).
import { defineMiddleware } from 'astro:middleware';
import { deferModuleScripts } from './afterPaint/deferModuleScripts.ts';
import { narrowPageCsp } from './lib/pageCsp.ts';

// The dev server emits every script, the after-paint loader included, as a module file of its own;
// deferring them there would defer the loader too and nothing would run. So `astro dev` loads scripts
// at once, and the loader finds no holders.
const defer = import.meta.env.DEV ? (html: string) => html : deferModuleScripts;

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(narrowPageCsp(defer(await response.text())), response);
});
