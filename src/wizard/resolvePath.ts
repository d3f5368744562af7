import { createActor } from 'xstate';
import type { WizardMachine } from './buildWizardMachine.ts';

export interface ResolvedStep {
  /** The node the path leads to. */
  node: string;
  /** The answers the machine accepted (a prefix of the requested path). */
  path: string[];
  /** Question nodes those answers were given at. */
  trail: string[];
  /** True when part of the requested path was not a valid answer (a stale or hand-edited URL). */
  stale: boolean;
}

/** Replays URL segments through the machine; stops at the first segment that is not a valid answer. */
export function resolvePath(machine: WizardMachine, segments: string[]): ResolvedStep {
  const actor = createActor(machine).start();
  for (const choice of segments) {
    const before = actor.getSnapshot();
    actor.send({ type: 'answer.select', choice });
    if (actor.getSnapshot() === before || actor.getSnapshot().context.path.length === before.context.path.length) break;
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { node: String(snapshot.value), path: snapshot.context.path, trail: snapshot.context.trail, stale: snapshot.context.path.length !== segments.length };
}
