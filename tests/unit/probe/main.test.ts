import { expect, test } from 'vitest';
import { internalErrorExit, runCommand } from '../../../src/probe/main.ts';
import { readProbeContent } from '../../../src/probe/readProbeContent.ts';

// The command line around the probe: help and version on stdout with exit 0, usage errors on stderr
// with exit 2, and a bug in the tool itself as one line unless --debug asks for the stack.
// The content is read once: every command here takes it, and reading the project takes a second.
let content: ReturnType<typeof readProbeContent> | undefined;
const setup = { version: '9.8.7', content: () => (content ??= readProbeContent('.')), site: 'https://kb.example' };

async function run(argv: string[], content = setup.content) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(argv, { ...setup, content }, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test.each([['--help'], ['-h'], ['help']])('%s prints the usage on stdout and exits 0', async (flag) => {
  const { code, out, err } = await run([flag]);
  expect(code).toBe(0);
  expect(out).toMatch(/^Usage: sqltls <command>/);
  expect(out).toContain('probe <host>');
  expect(err).toBe('');
});

test('--version prints the version', async () => {
  expect(await run(['--version'])).toEqual({ code: 0, out: '9.8.7', err: '' });
  expect((await run(['-v'])).out).toBe('9.8.7');
});

test('no command or an unknown one exits 2 with the usage on stderr', async () => {
  for (const argv of [[], ['prob'], ['--frobnicate']]) {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Usage: sqltls <command>');
  }
});

test('a failure of the tool itself is one line, and a stack trace only with --debug', async () => {
  const broken = () => {
    throw new Error('content is missing');
  };
  const plain = await run(['probe', 'localhost'], broken);
  expect(plain.code).toBe(internalErrorExit);
  expect(plain.err).toBe('sqltls failed: content is missing (run again with --debug for details, and report it)');
  const debug = await run(['probe', 'localhost', '--debug'], broken);
  expect(debug.err).toMatch(/^Error: content is missing\n\s+at /);
});

test('sqltls client: --help on stdout with exit 0, an unknown option exits 2 with usage', async () => {
  const help = await run(['client', '--help']);
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/^Usage: sqltls client/);
  const wrong = await run(['client', '--frobnicate']);
  expect(wrong.code).toBe(2);
  expect(wrong.err).toMatch(/Usage: sqltls client/);
  expect((await run(['client', '--lang', 'fr'])).code).toBe(2);
});

test('sqltls client reports what the policy refuses, in the reader’s language, linked to its scenario', async () => {
  const { runClient } = await import('../../../src/probe/clientCommand.ts');
  const policy = {
    platform: 'linux',
    openssl: { version: 'OpenSSL 1.1.1w  11 Sep 2023', files: ['/usr/lib/ssl/openssl.cnf'], problems: [], chain: ['a', 'b', 'c'], minProtocol: 'TLSv1.2', securityLevel: 2 },
    node: { version: 'v20.20.2', openssl: '3.0.15', minVersion: 'TLSv1', maxVersion: 'TLSv1.3' },
  };
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
  expect(runClient(['--lang', 'zh'], setup.content(), setup.site, io, () => policy)).toBe(1);
  expect(out.join('\n')).toContain('系统 OpenSSL 拒绝 TLS 1.0 和 1.1');
  expect(out.join('\n')).toMatch(/https:\/\/kb\.example\/zh\/scenarios\/[a-z-]+\//);
  out.length = 0;
  expect(runClient(['--json'], setup.content(), setup.site, io, () => policy)).toBe(1);
  const json = JSON.parse(out.join('\n')) as { findings: { finding: string; scenario: string; fact: string }[] };
  expect(json.findings.map((f) => f.finding)).toEqual(['opensslOldProtocols', 'opensslSmallKeys']);
  expect(json.findings.every((f) => f.scenario && f.fact)).toBe(true);
});

test('sqltls probe --client: named in the help, and a client it does not know exits 2 naming the ones it does', async () => {
  expect((await run(['probe', '--help'])).out).toContain('--client openssl|node|java|dotnet');
  const wrong = await run(['probe', 'localhost', '--client', 'schannel']);
  expect(wrong.code).toBe(2);
  expect(wrong.err).toContain('--client takes openssl, node, java, dotnet, not "schannel"');
  const noCrl = await run(['probe', 'localhost', '--crl-file', '/nonexistent/list.crl']);
  expect(noCrl.code).toBe(2);
  expect(noCrl.err).toContain('cannot read --crl-file /nonexistent/list.crl');
});

test("sqltls client --windows reads a Windows client's report, in the reader's language, and names a file that is not one", async () => {
  const report = 'tests/fixtures/windows-client/windows10-gpo-tls10-tls11-disabled.json';
  const en = await run(['client', '--windows', report]);
  expect(en.code).toBe(1);
  expect(en.out).toMatch(/^TLS policy of a Windows client/);
  expect(en.out).toContain('https://kb.example/en/scenarios/tls-version-mismatch/');
  const zh = await run(['client', '--windows', report, '--lang', 'zh']);
  expect(zh.out).toContain('https://kb.example/zh/scenarios/tls-version-mismatch/');
  expect(zh.out).toContain('本机的出站连接关掉了 TLS 1.0');
  const json = JSON.parse((await run(['client', '--windows', report, '--json'])).out) as { findings: { finding: string }[] };
  expect(json.findings.map((f) => f.finding)).toContain('tls10ClientOff');

  const notReport = await run(['client', '--windows', 'package.json']);
  expect(notReport.code).toBe(2);
  expect(notReport.err).toMatch(/^Cannot read this as a sqltls-client\.ps1 report: No report found/);
  const missing = await run(['client', '--windows', '/nonexistent/report.json']);
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('cannot read --windows /nonexistent/report.json');
});
