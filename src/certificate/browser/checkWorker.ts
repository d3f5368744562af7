// Reads and checks a pasted certificate off the page's main thread: parsing a megabyte of paste (PEM
// blocks, tool output, base64) would otherwise hold up typing and scrolling.
import { checkPaste } from './checkPaste.ts';
import type { FromCheckWorker, ToCheckWorker } from './checkMessages.ts';

// The project compiles against the DOM library; these are the two members of a worker's global scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToCheckWorker>) => void) | null;
  postMessage(message: FromCheckWorker): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  checkPaste(data.input, data.hosts).then(
    (report) => {
      // The certificates' bytes stay here: the page needs what was read, not the DER.
      for (const cert of report.certificates) delete cert.der;
      scope.postMessage({ id: data.id, report });
    },
    (error: unknown) => scope.postMessage({ id: data.id, failed: String(error) }),
  );
};
