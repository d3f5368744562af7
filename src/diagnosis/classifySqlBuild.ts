import type { Tls12Builds } from '../schemas/wizard.ts';
import { compareVersionParts } from './versions.ts';

export interface SqlBuildVerdict {
  build: string;
  /** `depends`: between the GDR and CU first builds of the version, so the branch decides (see the table). */
  verdict: 'supports-tls12' | 'lacks-tls12' | 'depends';
  version?: Tls12Builds['versions'][number];
}

const versionLine = /Microsoft SQL Server[^\n]{0,80}?\b(\d{1,2})\.(\d{1,2})\.(\d{3,5})\.(\d{1,4})\b/i;

const parts = (build: string) => build.split('.').map(Number);

/**
 * Reads a pasted `SELECT @@VERSION` and says whether that build supports TLS 1.2, using only the first
 * builds KB 3135244 lists: at or after the latest listed first build → supports; before the earliest → lacks;
 * in between it depends on the branch (GDR or CU), which the version number alone does not show.
 */
export function classifySqlBuild(text: string, table: Tls12Builds): SqlBuildVerdict | undefined {
  const match = versionLine.exec(text);
  return match ? classifyBuildNumbers(match.slice(1, 5).map(Number), table) : undefined;
}

/**
 * The same verdict from build numbers: four from `@@VERSION`, or three from a PRELOGIN answer (which
 * carries no revision, so only the first three numbers of the table's builds are compared).
 */
export function classifyBuildNumbers(numbers: number[], table: Tls12Builds): SqlBuildVerdict | undefined {
  const build = numbers.join('.');
  const [major = 0, minor = 0] = numbers;
  if (major >= table.allBuildsFromMajor) return { build, verdict: 'supports-tls12' };
  if (major < table.noBuildsBelowMajor) return { build, verdict: 'lacks-tls12' };
  const version = table.versions.find((v) => v.prefix === `${major}.${minor}`);
  if (!version) return undefined;
  const firsts = version.firstBuilds.map((b) => parts(b.build).slice(0, numbers.length)).sort(compareVersionParts);
  if (compareVersionParts(numbers, firsts.at(-1)!) >= 0) return { build, verdict: 'supports-tls12', version };
  if (compareVersionParts(numbers, firsts[0]!) < 0) return { build, verdict: 'lacks-tls12', version };
  return { build, verdict: 'depends', version };
}
