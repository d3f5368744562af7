// Runs the handshake lab (tests/lab) and records what every client printed against every endpoint in
// tests/lab/fixtures/captured.json, so ranking changes are checked against real client texts without the lab.
import { writeFileSync } from 'node:fs';
import { captureAll } from '../tests/lab/runLab.ts';

const captured = await captureAll();
writeFileSync('tests/lab/fixtures/captured.json', `${JSON.stringify({ capturedOn: new Date().toISOString().slice(0, 10), attempts: captured }, null, 2)}\n`);
console.log(`captured ${captured.length} attempts (${new Set(captured.map((c) => c.client)).size} clients, ${new Set(captured.map((c) => c.endpoint)).size} endpoints)`);
