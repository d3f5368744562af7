import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locale } from './fixtures.ts';

// The wizard's questions and answers, read from the content like the UI strings in fixtures.ts, so tests
// can name a path by its choice ids (the permanent ids in the URL) and click the labels a reader sees.
interface Choice {
  id: string;
  label: Record<Locale, string>;
  next: string;
}
interface Node {
  id: string;
  kind: 'question' | 'outcome';
  choices?: Choice[];
}
const tree = parse(readFileSync('content/wizard/tree.yaml', 'utf8')) as { start: string; nodes: Node[] };
const nodes = new Map(tree.nodes.map((node) => [node.id, node]));

/** The labels of the choices along `path` (choice ids from the start), in `lang`. */
export function choiceLabels(lang: Locale, path: string[]): string[] {
  let node = nodes.get(tree.start);
  return path.map((id) => {
    const choice = node?.choices?.find((c) => c.id === id);
    if (!choice) throw new Error(`No wizard choice "${id}" at ${node?.id ?? 'an outcome'}`);
    node = nodes.get(choice.next);
    return choice.label[lang];
  });
}
