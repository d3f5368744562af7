// `npm run lab:client`: does `sqltls probe --client` predict what real clients do? Runs the handshake lab,
// probes every endpoint, predicts each client from this machine's policies (OpenSSL, Node.js, the JDK),
// runs the real clients (openssl s_client, Python, curl, Node.js tls, tedious, Java), and prints every
// pair, the agreement, and each disagreement with its reason. Needs the lab's tools (npm test checks
// them); the live lab test (tests/lab/lab.test.ts) checks the same agreement on every `npm test`.
import { clientAgreement, formatAgreement } from '../tests/lab/clientAgreement.ts';
import { captureWithProbes } from '../tests/lab/runLab.ts';
import { readClientPolicy } from '../src/probe/clientPolicy/readClientPolicy.ts';
import { readProbeContent } from '../src/probe/readProbeContent.ts';

const { captured, reports } = await captureWithProbes();
const rows = clientAgreement(captured, reports, readClientPolicy(), readProbeContent('.'));
console.log(formatAgreement(rows));
process.exit(rows.filter((row) => row.agrees).length / rows.length >= 0.95 ? 0 : 1);
