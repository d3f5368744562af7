import { describe, expect, test } from 'vitest';
import { articles, readArticles } from '../../../src/contentModel/project.ts';
import { saferAlternatives } from '../../../src/scenarios/saferAlternatives.ts';
import type { Fix } from '../../../src/schemas/fix.ts';
import { minimalScenario } from '../contentModel/fixtures.ts';

const fix = (id: string, extra: Partial<Fix> = {}) => ({ ...minimalScenario().fixes[0], id, ...extra }) as Fix;

describe('the safer fix a lowered-security fix points at', () => {
  const devOnly = fix('fix-skip-validation', { risk: 'lowers-security', warning: 'Validation is off.', saferAlternative: 'fix-trust-ca-windows' });
  const windows = fix('fix-trust-ca-windows', { risk: 'safe' });
  const java = fix('fix-trust-ca-java', { risk: 'safe', drivers: ['jdbc'] });
  const tedious = fix('fix-node-extra-ca-certs', { risk: 'safe', drivers: ['tedious'] });

  test("names the content's choice first, then each driver's own safe fix", () => {
    expect(saferAlternatives(devOnly, [windows, java, tedious, devOnly], 'untrusted')).toEqual([
      { ref: 'untrusted#fix-trust-ca-windows' },
      { ref: 'untrusted#fix-trust-ca-java', drivers: ['jdbc'] },
      { ref: 'untrusted#fix-node-extra-ca-certs', drivers: ['tedious'] },
    ]);
  });

  test('never offers another lowered-security fix, and makes nothing up without a named choice', () => {
    const otherRisky = fix('fix-other-risky', { risk: 'lowers-security', drivers: ['jdbc'], warning: 'w', saferAlternative: 'fix-trust-ca-windows' });
    expect(saferAlternatives(devOnly, [windows, otherRisky], 'untrusted')).toEqual([{ ref: 'untrusted#fix-trust-ca-windows' }]);
    expect(saferAlternatives(windows, [windows, java], 'untrusted')).toEqual([]);
  });

  test('in the real content, a JDBC reader of untrusted-certificate is sent to the Java trust store', () => {
    const scenario = articles(readArticles(process.cwd()), 'scenarios', 'en').find((e) => e.id === 'untrusted-certificate')!.value;
    const risky = scenario.fixes.find((f) => f.risk === 'lowers-security')!;
    const forJdbc = saferAlternatives(risky, scenario.fixes, 'untrusted-certificate').find((c) => c.drivers?.includes('jdbc'));
    expect(forJdbc?.ref).toBe('untrusted-certificate#fix-trust-ca-java');
  });
});
