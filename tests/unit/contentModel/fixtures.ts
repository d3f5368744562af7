/** A minimal valid scenario frontmatter object, for validator tests. */
export function minimalScenario(overrides: Record<string, unknown> = {}) {
  return {
    lastReviewed: '2026-11-22',
    title: 'Sample scenario',
    navTitle: 'Sample',
    summary: 'A sample scenario used to test the content validator.',
    side: 'client' as const,
    stage: 'certificate-verify' as const,
    platforms: ['windows', 'linux'] as string[],
    drivers: [] as string[],
    errors: [{ text: 'Some error text', source: 'A driver' }],
    resolves: [{ fact: 'cert-untrusted', weight: 5 }],
    keywords: [] as string[],
    signals: [{ type: 'phrase' as const, value: 'some error', weight: 3 }],
    checks: [{ id: 'check-sample', title: 'Check', platforms: ['windows'], text: 'Run it.', lookFor: 'A result.' }],
    fixes: [
      {
        id: 'fix-sample',
        kind: 'steps' as const,
        title: 'Fix it',
        platforms: ['windows', 'linux'],
        appliesTo: 'client' as const,
        risk: 'safe' as string,
        steps: [{ text: 'Do this.', code: { lang: 'bash', code: 'echo ok' } as { lang: string; code: string } | undefined }],
      },
    ],
    related: [] as string[],
    sources: [{ title: 'A source', url: 'https://example.com/' }],
    ...overrides,
  };
}
