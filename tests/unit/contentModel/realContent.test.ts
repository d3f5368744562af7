import { describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../src/contentModel/checkContent.ts';
import { formatProblems, loadProject } from '../../../src/contentModel/project.ts';

// These run every content rule over the whole project: seconds each, more on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });

const root = process.cwd();
const project = loadProject(root);
const { entries } = project;
const ids = (collection: string, lang: string) =>
  entries
    .filter((e) => e.collection === collection && e.lang === lang)
    .map((e) => e.id)
    .sort();

// The permanent public ids the issue tracker and support tickets rely on.
const scenarioSlugs = [
  'certificate-expired',
  'certificate-name-mismatch',
  'certificate-revoked',
  'cipher-suite-mismatch',
  'dhe-leading-zero',
  'encrypt-default-change',
  'network-reset',
  'openssl-security-level',
  'server-certificate-misconfigured',
  'tls-version-mismatch',
  'untrusted-certificate',
  'weak-signature-certificate',
];
const errorIds = [
  '0',
  '0x80090322',
  '0x80090325',
  '0x80090326',
  '0x80090328',
  '0x80090331',
  '0x80092013',
  '10054',
  '31',
  '35',
  'openssl-unsupported-protocol',
  'pkix-path-building-failed',
  'prelogin-timeout',
];

describe('the knowledge base content', () => {
  test('passes every content check', () => {
    expect(formatProblems(checkContent(project))).toBe('');
  });

  test.each(['en', 'zh'])('has all 12 scenarios in %s', (lang) => {
    expect(ids('scenarios', lang)).toEqual(expect.arrayContaining(scenarioSlugs));
  });

  test.each(['en', 'zh'])('has every required error page in %s', (lang) => {
    expect(ids('errors', lang)).toEqual(expect.arrayContaining(errorIds));
  });

  test.each(['en', 'zh'])('has the handshake overview in %s', (lang) => {
    expect(ids('pages', lang)).toContain('tls-handshake');
  });
});
