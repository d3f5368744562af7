// The page's side of the certificate worker: one worker per page, a promise per check.
import type { FromCheckWorker, ToCheckWorker } from './checkMessages.ts';
import type { PasteReport } from './checkPaste.ts';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (report: PasteReport) => void; reject: (error: Error) => void }>();

/** Checks a paste or a file's bytes in the worker (started on first use; a worker that fails is replaced). */
export function checkInWorker(input: string | Uint8Array, hosts: string[]): Promise<PasteReport> {
  if (!worker) {
    const started = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', ({ data }: MessageEvent<FromCheckWorker>) => {
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if ('report' in data) waiting?.resolve(data.report);
      else waiting?.reject(new Error(data.failed));
    });
    started.addEventListener('error', () => {
      for (const { reject } of pending.values()) reject(new Error('the certificate check stopped'));
      pending.clear();
      started.terminate();
      worker = undefined;
    });
    worker = started;
  }
  const id = ++nextId;
  const message: ToCheckWorker = { id, input, hosts };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(message);
  });
}
