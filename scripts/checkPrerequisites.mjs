// The first step of `npm start`, `npm run build`, `npm run dev` and `npm test`: plain JavaScript, so any
// Node.js can run it and say, in one line, what is missing, instead of a stack trace later.
//   node scripts/checkPrerequisites.mjs           Node.js version only
//   node scripts/checkPrerequisites.mjs --tools   also the tools the tests run (before `npm test`)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `This project needs Node.js 22.18 or later, which runs its TypeScript directly; this is Node.js ${process.version}. Install Node.js 24 LTS (https://nodejs.org/) and run the command again.`,
  );
  process.exit(1);
}

if (process.argv.includes('--tools')) {
  /**
   * Runs `command args` and says whether it started (a missing program fails with ENOENT).
   * @param {string} command
   * @param {string[]} args
   */
  const runs = (command, args) => !spawnSync(command, args, { stdio: 'ignore' }).error;
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
  const tools = [
    { what: 'Chromium (end-to-end and accessibility tests; or set CHROMIUM_PATH)', ok: Boolean(chromium), apt: 'chromium' },
    { what: 'openssl (proves the generated OpenSSL configurations, makes the lab certificates)', ok: runs('openssl', ['version']), apt: 'openssl' },
    { what: 'FreeTDS tsql (a handshake-lab client)', ok: runs('tsql', ['-C']), apt: 'freetds-bin' },
    { what: 'curl (a handshake-lab client)', ok: runs('curl', ['--version']), apt: 'curl' },
    { what: 'python3 (a handshake-lab client)', ok: runs('python3', ['--version']), apt: 'python3' },
    { what: 'a Java 17 JDK with javac (a handshake-lab client)', ok: runs('javac', ['-version']), apt: 'openjdk-17-jdk-headless' },
  ];
  const missing = tools.filter((tool) => !tool.ok);
  if (missing.length) {
    console.error(`npm test needs tools that are missing:\n${missing.map((tool) => `  - ${tool.what}`).join('\n')}`);
    console.error(`On Debian or Ubuntu: sudo apt-get install -y ${missing.map((tool) => tool.apt).join(' ')}`);
    process.exit(1);
  }
}
