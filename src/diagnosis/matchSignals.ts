import type { Signal } from '../schemas/signal.ts';
import type { ErrorSignature } from './analyzeError.ts';
import { containsPhrase, normalizeCode, toMatchText } from './normalize.ts';

/** A scenario signal prepared for matching: `key` is in the same form the analysis produces. */
export interface CompiledSignal {
  /** `context` signals are matched as phrases (see signalSchema). */
  type: Exclude<Signal['type'], 'context'>;
  context?: true;
  key: string;
  weight: number;
  /** What to show as "why it matched": the phrase or code as the content writes it. */
  label: string;
}

export function compileSignal(signal: Signal): CompiledSignal {
  const type = signal.type === 'context' ? 'phrase' : signal.type;
  const key = type === 'phrase' ? toMatchText(signal.value).trim() : type === 'code' ? normalizeCode(signal.value) : signal.value.toLowerCase();
  const label = type === 'provider' ? providerLabel(signal.value) : signal.value;
  return { type, ...(signal.type === 'context' ? { context: true as const } : {}), key, weight: signal.weight, label };
}

const providerNames: Record<string, string> = { ssl: 'SSL Provider', tcp: 'TCP Provider', http: 'HTTP Provider', np: 'Named Pipes Provider', sm: 'Shared Memory Provider' };

/** `ssl:31` → `SSL Provider, error 31` (the wording of the message itself, so it reads the same in every language). */
export function providerLabel(value: string): string {
  const [kind = '', number = ''] = value.toLowerCase().split(':');
  return `${providerNames[kind] ?? kind}, error ${number}`;
}

/**
 * The signals of one scenario found in a signature. Signals with the same key count once,
 * so a phrase declared twice (hyphenated and not) is not double-counted. Context signals count only
 * next to a failure signal.
 */
export function collectEvidence(signature: ErrorSignature, signals: CompiledSignal[], otherEvidence = false): CompiledSignal[] {
  const found = new Map<string, CompiledSignal>();
  for (const signal of signals) {
    const id = `${signal.type}:${signal.key}`;
    if (found.has(id)) continue;
    const hit =
      signal.type === 'phrase'
        ? containsPhrase(signature.matchText, signal.key)
        : signal.type === 'code'
          ? signature.codes.includes(signal.key)
          : signature.providers.includes(signal.key) || providerNumberAlone(signature.providers, signal.key);
    if (hit) found.set(id, signal);
  }
  const evidence = [...found.values()];
  if (!otherEvidence && !evidence.some((signal) => !signal.context)) return [];
  return evidence.sort((a, b) => b.weight - a.weight);
}

/** `error 31` with no provider named (`sni:31`) counts for a signal `ssl:31`: the number alone is the SNI error. */
function providerNumberAlone(providers: string[], key: string): boolean {
  const number = key.split(':')[1];
  return providers.includes(`sni:${number}`) && !providers.some((p) => !p.startsWith('sni:') && p.endsWith(`:${number}`));
}
