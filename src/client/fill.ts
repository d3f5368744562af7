/**
 * Fills the `{name}` placeholders of a UI string with values (every occurrence). The one way UI strings
 * take values, on pages and in the browser; values are plain text, never markup.
 */
export function fill(template: string | undefined, values: Record<string, string | number | undefined>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value ?? '')), template ?? '');
}
