// Narrows a page's Content-Security-Policy to what that page itself runs. Astro's `security.csp`
// lists the hash of every script and stylesheet in the whole build on every page; here script-src and
// style-src keep 'self' and only the hashes of the page's own inline <script> and <style> elements.
// Tighter, and about 400 bytes of incompressible hashes lighter, which counts on a slow link.
import { createHash } from 'node:crypto';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
// Executable inline scripts: no src, and no type or a JavaScript type (data blocks such as
// type="text/plain" or application/ld+json are not scripts and need no hash).
const inlineScript = /<script(?![^>]*\ssrc=)((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
const executable = (attributes: string) => {
  const type = /\stype="([^"]*)"/.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === '' || type === 'module' || type === 'text/javascript';
};

const hash = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

export function narrowPageCsp(html: string): string {
  const meta = cspMeta.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(inlineScript)].filter((m) => executable(m[1] ?? '')).map((m) => hash(m[2] ?? ''));
  const styles = [...html.matchAll(inlineStyle)].map((m) => hash(m[1] ?? ''));
  const directives = meta[1]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const name = directive.split(/\s+/)[0];
      if (name === 'script-src') return ["script-src 'self'", ...new Set(scripts)].join(' ');
      if (name === 'style-src') return ["style-src 'self'", ...new Set(styles)].join(' ');
      return directive;
    });
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${directives.join('; ')}">`);
}
