import type { WizardTree } from '../schemas/wizard.ts';

export interface PlacedNode {
  id: string;
  column: number;
  row: number;
  /** Shortest path of answers to reach the node (its step URL). */
  path: string[];
}

export interface TreeLayout {
  nodes: PlacedNode[];
  edges: { from: string; to: string; choice: string }[];
  columns: number;
  rows: number;
}

/**
 * Places the tree for the map: column = longest distance from the start (so every edge goes right),
 * rows in order of first discovery. Pure; the page draws it.
 */
export function layoutTree(tree: WizardTree): TreeLayout {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const column = new Map<string, number>([[tree.start, 0]]);
  const shortest = new Map<string, string[]>([[tree.start, []]]);
  const order: string[] = [tree.start];
  // The tree is acyclic (validated), so relaxing edges in breadth-first passes terminates.
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of [...order]) {
      const node = byId.get(id);
      if (node?.kind !== 'question') continue;
      for (const choice of node.choices) {
        const next = (column.get(id) ?? 0) + 1;
        if ((column.get(choice.next) ?? -1) < next) {
          column.set(choice.next, next);
          changed = true;
        }
        const path = [...(shortest.get(id) ?? []), choice.id];
        if (!shortest.has(choice.next) || shortest.get(choice.next)!.length > path.length) shortest.set(choice.next, path);
        if (!order.includes(choice.next)) order.push(choice.next);
      }
    }
  }
  const rowsUsed = new Map<number, number>();
  const nodes = order.map((id) => {
    const c = column.get(id) ?? 0;
    const row = rowsUsed.get(c) ?? 0;
    rowsUsed.set(c, row + 1);
    return { id, column: c, row, path: shortest.get(id) ?? [] };
  });
  const edges = tree.nodes.flatMap((n) => (n.kind === 'question' ? n.choices.map((c) => ({ from: n.id, to: c.next, choice: c.id })) : []));
  return { nodes, edges, columns: Math.max(...nodes.map((n) => n.column)) + 1, rows: Math.max(...rowsUsed.values()) };
}
