import type { CodeBlock } from '../../schemas/common.ts';

/**
 * Comment markers per code-block language. A Chinese page translates the comments in its code blocks
 * (the reader copies them into their own scripts), so twins are compared on the code with comments
 * removed. `text` blocks count only a leading `#` as a comment: their `;` and `//` are often content.
 */
const markers: Record<string, string[]> = {
  bash: ['#'],
  sh: ['#'],
  powershell: ['#'],
  python: ['#'],
  properties: ['#', '!'],
  ini: ['#', ';'],
  reg: [';'],
  yaml: ['#'],
  sql: ['--'],
  js: ['//'],
  ts: ['//'],
  csharp: ['//'],
  java: ['//'],
  go: ['//'],
  php: ['//', '#'],
  bat: ['REM ', '::'],
  cmd: ['REM ', '::'],
};

/** Where a comment starts on this line: at the line's start or after whitespace, never inside a word. */
function commentStart(line: string, lineMarkers: string[], leadingOnly: boolean): number {
  let start = -1;
  for (const marker of lineMarkers) {
    for (let at = line.indexOf(marker); at !== -1; at = line.indexOf(marker, at + 1)) {
      const leading = line.slice(0, at).trim() === '';
      if (leading || (!leadingOnly && /\s/.test(line[at - 1] ?? ''))) {
        if (start === -1 || at < start) start = at;
        break;
      }
    }
  }
  return start;
}

/** The code a reader runs: comments removed, trailing spaces trimmed, comment-only lines dropped. */
export function codeWithoutComments(block: Pick<CodeBlock, 'lang' | 'code'>): string {
  const leadingOnly = !(block.lang in markers);
  const lineMarkers = markers[block.lang] ?? ['#'];
  return block.code
    .split('\n')
    .flatMap((line) => {
      const start = commentStart(line, lineMarkers, leadingOnly);
      if (start === -1) return [line.trimEnd()];
      const kept = line.slice(0, start).trimEnd();
      return kept === '' ? [] : [kept];
    })
    .join('\n');
}
