/** Compares version numbers part by part (`[10, 2]` < `[10, 10]`); a missing part counts as 0. */
export function compareVersionParts(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The same for dotted versions (`10.2` < `10.10`). */
export const compareVersions = (a: string, b: string): number => compareVersionParts(a.split('.').map(Number), b.split('.').map(Number));
