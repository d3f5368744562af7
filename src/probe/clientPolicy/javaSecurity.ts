// Reads a JDK's java.security (a Java properties file): `key=value` or `key: value`, `#`/`!` comments,
// and values continued over lines ending in a backslash, which is how the JDK writes
// jdk.tls.disabledAlgorithms and jdk.certpath.disabledAlgorithms.

export function readJavaProperties(text: string): Map<string, string> {
  const properties = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trimStart();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    // An odd number of trailing backslashes continues the value on the next line.
    while (endsInContinuation(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.trimStart();
    const [key, value] = splitProperty(line);
    if (key) properties.set(key, value);
  }
  return properties;
}

function endsInContinuation(line: string): boolean {
  let backslashes = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** `key=value`, `key: value` or `key value`: the key ends at the first unescaped `=`, `:` or blank. */
function splitProperty(line: string): [string, string] {
  let end = 0;
  while (end < line.length && !'=: \t'.includes(line[end]!)) end += line[end] === '\\' ? 2 : 1;
  let rest = line.slice(end).trimStart();
  if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1);
  return [line.slice(0, end), rest.trim()];
}

/** The entries of a disabledAlgorithms value, as the JDK splits it (commas outside quotes). */
export function algorithmList(value: string | undefined): string[] {
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value ?? '') {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      entries.push(current);
      current = '';
    } else current += char;
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter(Boolean);
}
