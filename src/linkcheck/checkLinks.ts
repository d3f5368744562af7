import { isLocale } from '../ids/locales.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A link in the built site that does not resolve. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const tagPattern = /<(a|link|script|img|source)\s([^>]*)>/g;
const urlAttributePattern = /(?:^|\s)(?:href|src)="([^"]*)"/;
const idPattern = /\sid="([^"]+)"/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&#38;', '&');

/**
 * Checks every internal `href`/`src` and `#anchor` in a built static site.
 * `base` is the path the site is served under (`/` or `/kb/`); external URLs are not fetched.
 */
export function checkLinks(distDir: string, base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
  const files = htmlFiles(distDir);
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(idPattern)].map((m) => decode(m[1] ?? '')));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  // Maps a URL path to the file a static host would serve for it.
  const resolveFile = (urlPath: string): string | undefined => {
    if (!urlPath.startsWith(base)) return undefined;
    const local = join(distDir, decodeURIComponent(urlPath.slice(base.length)));
    if (urlPath.endsWith('/')) return existsSync(join(local, 'index.html')) ? join(local, 'index.html') : undefined;
    return existsSync(local) && statSync(local).isFile() ? local : undefined;
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const page = '/' + relative(distDir, file).split(sep).join('/');
    const pageUrl = new URL(page.replace(/index\.html$/, ''), 'http://site' + base);
    const pageLang = page.split('/')[1];
    for (const [, tag, attributes = ''] of readFileSync(file, 'utf8').matchAll(tagPattern)) {
      const href = decode(urlAttributePattern.exec(attributes)?.[1] ?? '');
      if (!href || /^(?:https?:|mailto:|data:|tel:)/.test(href)) continue;
      links++;
      const url = new URL(href, pageUrl);
      const target = url.pathname === pageUrl.pathname && href.startsWith('#') ? file : resolveFile(url.pathname);
      const targetLang = url.pathname.slice(base.length).split('/')[0];
      const crossesLanguage = tag === 'a' && isLocale(pageLang) && isLocale(targetLang) && targetLang !== pageLang;
      if (crossesLanguage && !attributes.includes('data-lang-switch')) broken.push({ page, href, reason: 'links into the other language' });
      if (!target) {
        broken.push({ page, href, reason: 'no such page or file' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push({ page, href, reason: `no element with id "${anchor}"` });
    }
  }
  return { pages: files.length, links, broken };
}
