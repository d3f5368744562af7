// The host's rule files in dist/, read the way Netlify and Cloudflare Pages read them, so the local
// server answers with the same headers and redirects as production.
//   _headers:   a path pattern on its own line, then indented `Name: value` lines (`*` matches anything)
//   _redirects: `from to [status]` per line (exact paths; the build writes no patterns)

export interface HeaderRule {
  pattern: RegExp;
  headers: [name: string, value: string][];
}

export interface Redirect {
  to: string;
  status: number;
}

const patternToRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: patternToRegExp(line.trim()), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Every header of every rule whose pattern matches the path, later rules overriding earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
  return headers;
}

export function parseRedirectsFile(text: string): Map<string, Redirect> {
  const redirects = new Map<string, Redirect>();
  for (const line of text.split(/\r?\n/)) {
    const [from, to, status = '301'] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#')) continue;
    if (!to || !/^30[1278]$/.test(status)) throw new Error(`_redirects: "${line.trim()}" is not "from to [301|302|307|308]"`);
    redirects.set(from, { to, status: Number(status) });
  }
  return redirects;
}
