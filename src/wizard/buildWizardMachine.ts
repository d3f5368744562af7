import { assign, setup } from 'xstate';
import type { WizardTree } from '../schemas/wizard.ts';

export interface WizardContext {
  /** Choice ids answered so far: the step's URL path. */
  path: string[];
  /** Question node ids those answers were given at (parallel to `path`), to go back. */
  trail: string[];
}

export type WizardEvent = { type: 'answer.select'; choice: string } | { type: 'wizard.back' } | { type: 'wizard.restart' };

/**
 * Turns the (validated) decision tree into an XState machine: one state per node, `answer.select`
 * guarded per choice, `wizard.back` to whichever parent the answer came from, `wizard.restart`.
 * Outcome states carry the `outcome` tag. Pure: the same machine serves the build and the browser.
 */
export function buildWizardMachine(tree: WizardTree) {
  const parents = new Map<string, Set<string>>();
  for (const node of tree.nodes) {
    if (node.kind !== 'question') continue;
    for (const choice of node.choices) parents.set(choice.next, new Set([...(parents.get(choice.next) ?? []), node.id]));
  }
  const back = (id: string) =>
    [...(parents.get(id) ?? [])].map((parent) => ({ guard: { type: 'cameFrom' as const, params: { node: parent } }, target: parent, actions: 'dropAnswer' as const }));

  const states = Object.fromEntries(
    tree.nodes.map((node) => [
      node.id,
      node.kind === 'outcome'
        ? { tags: ['outcome'], meta: { kind: 'outcome', scenarios: node.scenarios }, on: { 'wizard.back': back(node.id) } }
        : {
            meta: { kind: 'question' },
            on: {
              'answer.select': node.choices.map((choice) => ({
                guard: { type: 'isChoice' as const, params: { choice: choice.id } },
                target: choice.next,
                actions: { type: 'recordAnswer' as const, params: { node: node.id, choice: choice.id } },
              })),
              'wizard.back': back(node.id),
            },
          },
    ]),
  );

  return setup({
    types: { context: {} as WizardContext, events: {} as WizardEvent },
    guards: {
      isChoice: ({ event }, params: { choice: string }) => event.type === 'answer.select' && event.choice === params.choice,
      cameFrom: ({ context }, params: { node: string }) => context.trail.at(-1) === params.node,
    },
    actions: {
      recordAnswer: assign(({ context }, params: { node: string; choice: string }) => ({
        path: [...context.path, params.choice],
        trail: [...context.trail, params.node],
      })),
      dropAnswer: assign(({ context }) => ({ path: context.path.slice(0, -1), trail: context.trail.slice(0, -1) })),
      reset: assign({ path: [], trail: [] }),
    },
  }).createMachine({
    id: 'wizard',
    context: { path: [], trail: [] },
    initial: tree.start,
    on: { 'wizard.restart': { target: `.${tree.start}`, actions: 'reset' } },
    states,
  });
}

export type WizardMachine = ReturnType<typeof buildWizardMachine>;
