const explicitHeading = /<h[2-6]\s+id="([a-z0-9-]+)"/g;

/** Anchor ids of the headings in an article body, in order (public ids: links into the article use them). */
export function bodyHeadingIds(body: string): string[] {
  return [...body.matchAll(explicitHeading)].map((m) => m[1]!);
}

/** A Markdown heading (`### Title`) has no explicit id; its anchor would follow the words and break links. */
export const hasMarkdownHeading = (body: string) => /^#{1,6}\s/m.test(body);
