import { expect, test } from 'vitest';
import { internalErrorExit, runCommand } from '../../../src/probe/main.ts';
import { readProbeContent } from '../../../src/probe/readProbeContent.ts';

// The command line around the probe: help and version on stdout with exit 0, usage errors on stderr
// with exit 2, and a bug in the tool itself as one line unless --debug asks for the stack.
const setup = { version: '9.8.7', content: () => readProbeContent('.'), site: 'https://kb.example' };

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
