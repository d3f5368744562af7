import type { SqlBuildVerdict } from '../diagnosis/classifySqlBuild.ts';

/**
 * What a paste told the wizard, carried in step links (`?inferred=&driver=&build=&verdict=`) and shown in
 * the site's own notices. Anyone can write such a link, so each value is read only in the form the wizard
 * writes it: a small count, a driver id, a build number, a known verdict. Anything else is dropped, so a
 * crafted link cannot make the page say its words (issue 23).
 */
export interface PasteParams {
  /** How many of the answers on the way here came from the paste (at most the answers given). */
  inferred?: number;
  driver?: string;
  build?: { build: string; verdict: SqlBuildVerdict['verdict'] };
}

const verdicts: readonly SqlBuildVerdict['verdict'][] = ['supports-tls12', 'lacks-tls12', 'depends'];
/** `@@VERSION`'s four numbers or PRELOGIN's three: 15.0.4312.2, 11.0.5058. */
const buildNumber = /^\d{1,2}\.\d{1,2}\.\d{1,5}(?:\.\d{1,4})?$/;

export function readPasteParams(params: URLSearchParams, answered: number): PasteParams {
  const read: PasteParams = {};
  const inferred = params.get('inferred') ?? '';
  if (/^\d{1,2}$/.test(inferred) && Number(inferred) <= answered) read.inferred = Number(inferred);
  const driver = params.get('driver') ?? '';
  if (/^[a-z]{2,12}$/.test(driver)) read.driver = driver;
  const build = params.get('build') ?? '';
  const verdict = verdicts.find((v) => v === params.get('verdict'));
  if (buildNumber.test(build) && verdict) read.build = { build, verdict };
  return read;
}
