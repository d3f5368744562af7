import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodePacket, PacketReader, packetType } from '../../../src/tds/packet.ts';
import { decodePrelogin, encodePrelogin, encryption } from '../../../src/tds/prelogin.ts';

// The probe reads bytes a hostile server chooses (issue 23): its parsers must answer any input with a
// result or a clear Error of their own, never a crash from reading past a buffer, and never a loop.

/** Fails unless `run` returns or throws an Error whose message the parser wrote (not a RangeError from a read out of bounds). */
const answersOrRefuses = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).constructor).toBe(Error);
    expect((error as Error).message).toMatch(/PRELOGIN|TDS/);
  }
};

const validPrelogin = encodePrelogin({ version: { major: 16, minor: 0, build: 4135, subBuild: 4 }, encryption: encryption.on, instance: 'MSSQLSERVER' });

describe('PRELOGIN decoding', () => {
  test('random bytes are read or refused with a PRELOGIN error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => answersOrRefuses(() => decodePrelogin(Buffer.from(bytes)))),
      { numRuns: 3000 },
    );
  });

  test('a valid answer with bytes flipped, cut or stretched is read or refused', () => {
    const mutated = fc.tuple(
      fc.array(fc.tuple(fc.nat(validPrelogin.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      fc.integer({ min: 0, max: validPrelogin.length + 40 }),
    );
    fc.assert(
      fc.property(mutated, ([flips, length]) => {
        const bytes = Buffer.alloc(length);
        validPrelogin.copy(bytes, 0, 0, Math.min(length, validPrelogin.length));
        for (const [at, value] of flips) if (at < length) bytes[at] = value;
        answersOrRefuses(() => decodePrelogin(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  test('an instance name of nothing but NULs reads as empty, at once', () => {
    const nuls = encodePrelogin({ version: { major: 16, minor: 0, build: 1, subBuild: 0 }, encryption: encryption.on, instance: '\0'.repeat(60_000) });
    const started = performance.now();
    expect(decodePrelogin(nuls).instance).toBe('');
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('TDS packet framing', () => {
  test('any stream of chunks yields whole packets or a TDS error, and never holds more than one packet', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), (chunks) => {
        const reader = new PacketReader();
        answersOrRefuses(() => {
          for (const chunk of chunks) for (const packet of reader.push(Buffer.from(chunk))) expect(packet.payload.length).toBeLessThanOrEqual(65_535 - 8);
        });
      }),
      { numRuns: 2000 },
    );
  });

  test('well-formed packets split at any points come out whole and in order', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(50), { maxLength: 30 }), (payloads, cuts) => {
        const stream = Buffer.concat(payloads.map((p, i) => encodePacket(packetType.preLogin, p, i + 1)));
        const reader = new PacketReader();
        const got: Buffer[] = [];
        let at = 0;
        for (const cut of [...cuts, stream.length]) {
          const end = Math.min(stream.length, at + cut);
          got.push(...reader.push(stream.subarray(at, end)).map((p) => p.payload));
          at = end;
        }
        got.push(...reader.push(stream.subarray(at)).map((p) => p.payload));
        expect(got.map((b) => b.toString('hex'))).toEqual(payloads.map((p) => Buffer.from(p).toString('hex')));
      }),
      { numRuns: 500 },
    );
  });
});
