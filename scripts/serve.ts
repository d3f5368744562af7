// Serves the built site (dist/) as production does:
//   node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--precompress]   (PORT and HOST work too)
// --precompress compresses every text file before listening (for measurements: see scripts/lighthouse.ts).
// See src/serve/staticServer.ts. Run `npm run build` first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from '../src/serve/staticServer.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    precompress: { type: 'boolean', default: false },
  },
});
const root = resolve('dist');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(2);
}
const site = createStaticServer(root);
if (values.precompress) await site.precompress();
const { server } = site;
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${values.port} is already in use (another npm start?): stop it, or choose another port, e.g. PORT=4322 npm start`
      : error.code === 'EACCES'
        ? `not allowed to listen on port ${values.port}: choose a port above 1023, e.g. PORT=4322 npm start`
        : `${error.code ?? ''} ${error.message}`.trim();
  console.error(`Cannot serve dist/ on ${values.host}:${values.port}: ${reason}`);
  process.exit(1);
});
server.listen(Number(values.port), values.host, () => console.log(`Serving dist/ at http://${values.host}:${values.port}/ (Ctrl+C to stop)`));
