import { describe, expect, test } from 'vitest';
import { readPasteParams } from '../../../src/wizard/pasteParams.ts';

const read = (query: string, answered = 2) => readPasteParams(new URLSearchParams(query), answered);

describe('readPasteParams()', () => {
  test('reads what the wizard itself writes', () => {
    expect(read('inferred=2&driver=odbc&build=11.0.2100.60&verdict=lacks-tls12')).toEqual({
      inferred: 2,
      driver: 'odbc',
      build: { build: '11.0.2100.60', verdict: 'lacks-tls12' },
    });
    expect(read('inferred=0', 0)).toEqual({ inferred: 0 });
  });

  test('drops words a crafted link tries to put in the notices', () => {
    expect(read('build=11.0.2100.60 — URGENT: call +1-555-0100 to disable TLS&verdict=lacks-tls12')).toEqual({});
    expect(read('build=11.0.2100.60&verdict=call-us')).toEqual({});
    expect(read('inferred=Infinity')).toEqual({});
    expect(read('inferred=1e3')).toEqual({});
    expect(read('inferred=-1')).toEqual({});
    expect(read('driver=<img src=x>')).toEqual({});
  });

  test('never claims more inferred answers than the step has', () => {
    expect(read('inferred=5', 2)).toEqual({});
    expect(read('inferred=2', 2)).toEqual({ inferred: 2 });
  });
});
