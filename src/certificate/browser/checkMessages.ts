// The messages between the certificate page and its worker (checkWorker.ts).
import type { PasteReport } from './checkPaste.ts';

export interface ToCheckWorker {
  id: number;
  input: string | Uint8Array;
  hosts: string[];
}

export type FromCheckWorker = { id: number; report: PasteReport } | { id: number; failed: string };
