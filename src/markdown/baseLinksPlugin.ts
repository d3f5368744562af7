import { defineMdastPlugin } from 'satteri';

/**
 * Prefixes root-relative links in Markdown/MDX bodies with the configured base path,
 * so articles can link `/en/scenarios/<slug>/` and still work when the site lives under a sub-path.
 */
export function baseLinksPlugin(base: string) {
  const prefix = base.replace(/\/$/, '');
  return defineMdastPlugin({
    name: 'base-links',
    link(node, ctx) {
      if (prefix && node.url.startsWith('/') && !node.url.startsWith('//')) ctx.setProperty(node, 'url', prefix + node.url);
    },
  });
}
