import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maxReportChars, readWindowsClientReport, type WindowsReportProblem } from '../../../../src/diagnosis/windowsClient/readWindowsClientReport.ts';

// The reader on every fixture as PowerShell writes it and as people hand it over (pasted with the console
// around it, saved by `>` in UTF-16LE, with a byte order mark), and on text that is no report at all.

const folder = join(process.cwd(), 'tests/fixtures/windows-client');
const jsonFixtures = readdirSync(folder).filter((name) => name.endsWith('.json'));
const read = (name: string) => readFileSync(join(folder, name), 'utf8');
const sample = read('server-2022-defaults.json');

const problemOf = (input: string | Uint8Array): WindowsReportProblem | 'ok' => {
  const result = readWindowsClientReport(input);
  return result.ok ? 'ok' : result.problem;
};

/** Bytes as Windows PowerShell 5.1 writes them with `> report.json`: UTF-16LE with a byte order mark. */
const utf16WithBom = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

describe('readWindowsClientReport() on reports', () => {
  test('finds at least five fixtures', () => {
    expect(jsonFixtures.length).toBeGreaterThanOrEqual(5);
  });

  test.each(jsonFixtures)('%s reads back to the JSON the script printed', (name) => {
    const result = readWindowsClientReport(read(name));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report).toEqual(JSON.parse(read(name)));
  });

  test('a report pasted with the console session around it (CRLF, prompts, PowerShell 5.1 layout)', () => {
    const result = readWindowsClientReport(read('pasted-console-session.txt'));
    expect(result.ok && result.report.os.build).toBe(14393);
  });

  test('a byte order mark, as text or as the characters a one-byte decoder makes of it', () => {
    for (const bom of ['\uFEFF', '\u00FF\u00FE', '\u00EF\u00BB\u00BF']) expect(problemOf(bom + sample)).toBe('ok');
  });

  test('a UTF-16LE file from `>`: as bytes with or without its BOM, and as text decoded one byte at a time', () => {
    const bytes = utf16WithBom(read('pasted-console-session.txt'));
    expect(problemOf(bytes)).toBe('ok');
    expect(problemOf(bytes.subarray(2))).toBe('ok');
    expect(problemOf(Buffer.from(bytes).toString('latin1'))).toBe('ok');
    expect(problemOf(new TextEncoder().encode(sample))).toBe('ok');
  });

  test('keys in another order, surrounded by other JSON and braces', () => {
    const { sqltls, ...rest } = JSON.parse(sample) as Record<string, unknown>;
    const reordered = JSON.stringify({ ...rest, sqltls });
    expect(problemOf(`log: { "step": 1 } then {{ ${reordered} }} and {"other": {"sqltls": 2}}`)).toBe('ok');
  });

  test('lenient where Windows differs: absent values and containers of values are null', () => {
    const report = JSON.parse(sample) as { os: Record<string, unknown>; cipherSuites: Record<string, unknown>; fips: Record<string, unknown> };
    delete report.os.ubr;
    report.os.build = '20348';
    report.cipherSuites.local = { value: ['TLS_AES_256_GCM_SHA384'], Count: 1 };
    report.cipherSuites.enabled = 'TLS_AES_128_GCM_SHA256';
    report.fips = {};
    const result = readWindowsClientReport(JSON.stringify(report));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.os).toMatchObject({ ubr: null, build: null });
    expect(result.report.cipherSuites).toMatchObject({ local: ['TLS_AES_256_GCM_SHA384'], enabled: ['TLS_AES_128_GCM_SHA256'] });
    expect(result.report.fips.enabled).toBeNull();
  });
});

describe('readWindowsClientReport() on what is not a report', () => {
  test('nothing, or not text', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('  \r\n ')).toBe('empty');
    expect(problemOf(null as unknown as string)).toBe('empty');
    expect(problemOf({ length: 3 } as unknown as string)).toBe('empty');
  });

  test('JSON and HTML without the marker', () => {
    expect(problemOf(JSON.stringify({ ...JSON.parse(sample), sqltls: undefined }))).toBe('noReport');
    expect(problemOf('<!doctype html><html><body><script>{"sqltls":1}</script><p>{ not json }</p></body></html>')).toBe('noReport');
  });

  test('a report of another format version', () => {
    const result = readWindowsClientReport(sample.replace('windows-client/1', 'windows-client/2'));
    expect(result).toMatchObject({ ok: false, problem: 'otherVersion', message: expect.stringContaining('windows-client/2') });
  });

  test('a report cut off, damaged, or missing a part the script always writes', () => {
    expect(problemOf(sample.slice(0, sample.length / 2))).toBe('cutOff');
    expect(problemOf(sample.replace('"powershell"', '"powershell" "x"'))).toBe('notJson');
    const noOs = JSON.parse(sample) as Record<string, unknown>;
    delete noOs.os;
    expect(readWindowsClientReport(JSON.stringify(noOs))).toMatchObject({ ok: false, problem: 'invalid', message: expect.stringContaining('os') });
  });

  test('more than the limit is refused before it is scanned', () => {
    const started = performance.now();
    expect(problemOf('x'.repeat(maxReportChars + 1))).toBe('tooLarge');
    expect(problemOf(new Uint8Array(maxReportChars * 2 + 2))).toBe('tooLarge');
    expect(performance.now() - started).toBeLessThan(200);
  });

  test('a megabyte of hostile text answers quickly: garbage, nested braces, open strings, the marker in a sea of braces', () => {
    const size = maxReportChars - 100;
    const hostile = [
      Array.from({ length: size }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
      '{'.repeat(size),
      `${'{"a":'.repeat(size / 5)}`,
      `${'{'.repeat(size / 2)}{"sqltls": "windows-client/1", "x": "${'\\"'.repeat(size / 8)}`,
      `${'{}'.repeat(size / 4)}"sqltls": "windows-client/1"${'}'.repeat(size / 4)}`,
    ];
    for (const text of hostile) {
      const started = performance.now();
      const result = readWindowsClientReport(text);
      expect(result.ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  test('never throws, whatever the text or however the report is cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(() => readWindowsClientReport(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(sample.length), fc.nat(sample.length), (a, b) => {
        const result = readWindowsClientReport(sample.slice(Math.min(a, b), Math.max(a, b)));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

test('the reader and the findings (all a page loads for a report) carry no schema library: bundled, they stay small enough for the single-file tool and a page', async () => {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: "export * from './judgeWindowsReport.ts';", resolveDir: 'src/diagnosis/windowsClient', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
  });
  // With the zod schema it was about 750 KB.
  expect(result.outputFiles[0]!.contents.length).toBeLessThan(20_000);
});
