// A small PowerShell lexer for the static checks of sqltls-client.ps1 (PowerShell cannot run on these
// machines). It knows what the script may contain: # and <# #> comments, '...' strings ('' inside),
// "..." strings (backtick escapes, "" inside), and brackets. Here-strings are not supported: the script
// has none, and an unterminated string is reported, so one would show up as a problem.

export interface StringLiteral {
  value: string;
  quote: "'" | '"';
  index: number;
}

export interface PowerShellText {
  /** The script with every comment and string replaced by spaces (same length, same line breaks). */
  code: string;
  /** The comments' text. */
  comments: string[];
  strings: StringLiteral[];
  /** Unclosed strings or comments, and unbalanced brackets, each with its offset. */
  problems: string[];
}

const pairs: Record<string, string> = { ')': '(', '}': '{', ']': '[' };

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

export function lexPowerShell(script: string): PowerShellText {
  const code: string[] = [];
  const comments: string[] = [];
  const strings: StringLiteral[] = [];
  const problems: string[] = [];
  const stack: { char: string; index: number }[] = [];
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (c === '<' && script[i + 1] === '#') {
      const end = script.indexOf('#>', i + 2);
      if (end < 0) problems.push(`unclosed <# comment at ${i}`);
      const stop = end < 0 ? script.length : end + 2;
      comments.push(script.slice(i + 2, stop - 2));
      code.push(blank(script.slice(i, stop)));
      i = stop;
    } else if (c === '#') {
      const end = script.indexOf('\n', i);
      const stop = end < 0 ? script.length : end;
      comments.push(script.slice(i + 1, stop));
      code.push(blank(script.slice(i, stop)));
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < script.length) {
        const d = script[j]!;
        if (c === '"' && d === '`') {
          value += script[j + 1] ?? '';
          j += 2;
        } else if (d === c && script[j + 1] === c) {
          value += c;
          j += 2;
        } else if (d === c) {
          closed = true;
          j++;
          break;
        } else {
          value += d;
          j++;
        }
      }
      if (!closed) problems.push(`unclosed ${c} string at ${i}`);
      strings.push({ value, quote: c, index: i });
      code.push(blank(script.slice(i, j)));
      i = j;
    } else {
      if (c === '(' || c === '{' || c === '[') stack.push({ char: c, index: i });
      else if (pairs[c]) {
        const open = stack.pop();
        if (!open || open.char !== pairs[c]) problems.push(`unbalanced ${c} at ${i}`);
      }
      code.push(c);
      i++;
    }
  }
  for (const open of stack) problems.push(`unclosed ${open.char} at ${open.index}`);
  return { code: code.join(''), comments, strings, problems };
}

/**
 * The keys each `[ordered]@{ # json: <path> ...` block writes, by path: the `name =` entries at the
 * block's own level (nested blocks are blocks of their own). Reads the original script for the tag and
 * the lexed code for structure, so braces inside strings and comments do not count.
 */
export function jsonBlocks(script: string, code: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  for (const tag of script.matchAll(/\[ordered\]@\{ # json: ([^\n]+)/g)) {
    const open = tag.index + tag[0].indexOf('{');
    const keys: string[] = [];
    let depth = 0;
    let lineStart = true;
    for (let i = open; i < code.length; i++) {
      const c = code[i]!;
      if (c === '{' || c === '(' || c === '[') depth++;
      else if (c === '}' || c === ')' || c === ']') {
        depth--;
        if (depth === 0) break;
      } else if (c === '\n') lineStart = true;
      else if (lineStart && c !== ' ') {
        lineStart = false;
        const key = depth === 1 ? /^([A-Za-z][A-Za-z0-9]*)\s*=/.exec(code.slice(i, i + 80)) : null;
        if (key) keys.push(key[1]!);
      }
    }
    for (const path of tag[1]!.trim().split(/\s+/)) blocks.set(path, keys);
  }
  return blocks;
}
