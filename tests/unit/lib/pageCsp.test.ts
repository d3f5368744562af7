import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { narrowPageCsp } from '../../../src/lib/pageCsp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('narrowPageCsp()', () => {
  const meta = (scriptHashes: string, styleHashes: string) =>
    `<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' ${scriptHashes}; style-src 'self' ${styleHashes};">`;

  test('keeps only the hashes of the inline scripts and styles on the page', () => {
    const script = 'console.log(1)';
    const style = 'body{color:red}';
    const html =
      `<html><head>${meta("'sha256-other1=' 'sha256-other2='", "'sha256-other3='")}<style>${style}</style></head>` +
      `<body><script type="module">${script}</script><script type="text/plain" data-after-paint="/a.js"></script>` +
      `<script type="module" src="/b.js"></script><script type="application/ld+json">{}</script></body></html>`;
    const csp = /content="([^"]*)"/.exec(narrowPageCsp(html))![1]!;
    expect(csp).toBe(`default-src 'self'; object-src 'none'; script-src 'self' ${sha(script)}; style-src 'self' ${sha(style)}`);
  });

  test('a page without inline code allows only its own origin', () => {
    const csp = /content="([^"]*)"/.exec(narrowPageCsp(`<head>${meta("'sha256-x='", "'sha256-y='")}</head>`))![1]!;
    expect(csp).toContain("script-src 'self'; style-src 'self'");
  });

  test('a page without a policy is returned as it is', () => {
    expect(narrowPageCsp('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
