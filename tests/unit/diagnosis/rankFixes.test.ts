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
