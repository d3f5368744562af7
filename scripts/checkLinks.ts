// Fails when any internal link or #anchor in dist/ does not resolve. Run after `astro build`.
import { checkLinks } from '../src/linkcheck/checkLinks.ts';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const { pages, links, broken } = checkLinks('dist', base);
for (const b of broken) console.error(`${b.page}: ${b.href} (${b.reason})`);
console.log(`Link check: ${pages} pages, ${links} internal links, ${broken.length} broken.`);
process.exit(broken.length ? 1 : 0);
