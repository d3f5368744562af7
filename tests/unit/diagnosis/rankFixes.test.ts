import { describe, expect, test } from 'vitest';
import { rankFixes, type RankableFix } from '../../../src/diagnosis/rankFixes.ts';

const fix = (id: string, more: Partial<RankableFix> = {}): RankableFix => ({ id, platforms: ['windows', 'linux', 'macos'], risk: 'safe', ...more });
const ids = (fixes: RankableFix[]) => fixes.map((f) => f.id);

describe('rankFixes()', () => {
  const fixes = [
    fix('fix-server-certificate', { platforms: ['windows', 'linux'] }),
    fix('fix-trust-ca-windows', { platforms: ['windows'] }),
    fix('fix-trust-ca-java', { drivers: ['jdbc'] }),
    fix('fix-skip-validation', { risk: 'lowers-security', drivers: ['jdbc'] }),
  ];

  test('keeps the content order when nothing is known of the reader', () => {
    expect(ids(rankFixes(fixes, {}))).toEqual(['fix-server-certificate', 'fix-trust-ca-windows', 'fix-trust-ca-java']);
  });

  test("puts the reader's driver first and sinks fixes for another platform", () => {
    expect(ids(rankFixes(fixes, { drivers: ['jdbc'], platforms: ['macos'] }))).toEqual(['fix-trust-ca-java', 'fix-server-certificate', 'fix-trust-ca-windows']);
  });

  test('puts the named fixes first, in their order', () => {
    expect(ids(rankFixes(fixes, { first: ['fix-trust-ca-windows'], drivers: ['jdbc'] }))[0]).toBe('fix-trust-ca-windows');
  });

  test('offers a fix that lowers security only when no other fix is left', () => {
    expect(ids(rankFixes(fixes, { drivers: ['jdbc'] }))).not.toContain('fix-skip-validation');
    expect(ids(rankFixes([fixes[3]!], { drivers: ['jdbc'] }))).toEqual(['fix-skip-validation']);
  });
});

describe('fixesEverFirst()', () => {
  // The search index carries only these fixes: whatever a paste says of the reader, search must open one of them.
  test('holds the fix rankFixes opens first for any reader', async () => {
    const fc = await import('fast-check');
    const { fixesEverFirst } = await import('../../../src/search/fixesEverFirst.ts');
    const { drivers, platforms } = await import('../../../src/schemas/vocabulary.ts');
    const arbitraryFix = fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      platforms: fc.subarray([...platforms], { minLength: 1 }),
      drivers: fc.option(fc.subarray([...drivers], { minLength: 1 }), { nil: undefined }),
      risk: fc.constantFrom('safe', 'caution', 'lowers-security' as const),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryFix, { selector: (f) => f.id, minLength: 1, maxLength: 10 }),
        fc.subarray([...platforms]),
        fc.subarray([...drivers]),
        (fixes, readerPlatforms, readerDrivers) => {
          const kept = new Set(fixesEverFirst(fixes as RankableFix[]).map((f) => f.id));
          const first = rankFixes(fixes as RankableFix[], { platforms: readerPlatforms, drivers: readerDrivers })[0];
          return !first || kept.has(first.id);
        },
      ),
    );
  });
});
