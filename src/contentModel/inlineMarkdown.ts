/**
 * The tiny inline syntax allowed in frontmatter prose: `code`, **bold** and [text](https://url).
 * It produces tokens that components render as elements, so no text is ever injected as HTML.
 */
export type InlineToken = { type: 'text'; text: string } | { type: 'code'; text: string } | { type: 'strong'; text: string } | { type: 'link'; text: string; href: string };

// A link's text holds no `[`: a run of `[` then fails at once instead of rescanning the rest of the text.
const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^[\]]+)\]\(((?:https?:\/\/|\/)[^\s)]+)\)/g;

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ type: 'text', text: source.slice(last, index) });
    if (match[1] !== undefined) tokens.push({ type: 'code', text: match[1] });
    else if (match[2] !== undefined) tokens.push({ type: 'strong', text: match[2] });
    else tokens.push({ type: 'link', text: match[3] ?? '', href: match[4] ?? '' });
    last = index + match[0].length;
  }
  if (last < source.length) tokens.push({ type: 'text', text: source.slice(last) });
  return tokens;
}

/** The same text without markup, for meta descriptions and plain-text snippets. */
export function inlineToPlainText(source: string): string {
  return parseInline(source)
    .map((token) => token.text)
    .join('');
}
