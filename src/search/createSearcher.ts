import { readPaste, type ErrorSignature } from '../diagnosis/analyzeError.ts';
import { compileHints } from '../diagnosis/hints.ts';
import { addPack, compileLexicon, packsFor, type FactHit } from '../diagnosis/lexicon.ts';
import type { LexiconPack } from '../diagnosis/lexiconData.ts';
import { toMatchText } from '../diagnosis/normalize.ts';
import { collectEvidence, compileSignal, type CompiledSignal } from '../diagnosis/matchSignals.ts';
import { rankFixes } from '../diagnosis/rankFixes.ts';
import { docOf, readSignal, type SearchIndex } from './searchIndex.ts';
import type { WordMatcher } from './createWordMatcher.ts';
import type { JudgedPaste } from './judgedPaste.ts';

/** Why a result matched, shown under it: a code, a phrase, the driver, the platform. */
export interface MatchReason {
  kind: 'provider' | 'code' | 'phrase' | 'fact' | 'driver' | 'platform' | 'text' | JudgedPaste['kind'];
  /** For `fact`: the fact id, then what said it (`cert-untrusted|SEC_E_UNTRUSTED_ROOT`); for `certificate` and `windowsReport`, the finding id. */
  label: string;
}

/** A scenario that answers the text; the page shows it under its title, which the page carries (see SearchDoc). */
export interface SearchResult {
  slug: string;
  summary: string;
  score: number;
  reasons: MatchReason[];
  /** The fix to open first for this reader's driver and platform. */
  fix?: { id: string; title: string };
}

export interface SearchOutcome {
  results: SearchResult[];
  signature: ErrorSignature;
  /** True when the text carried a code or phrase a scenario declares (not only word similarity). */
  hasEvidence: boolean;
  /** True when two or more scenarios have such evidence and score about equally: a question must tell them apart. */
  ambiguous: boolean;
  /** True when scenarios are listed but nothing in the text names a cause (they are only alike in wording): questions must find it. */
  vague: boolean;
  /** The text is a failure, but not a TLS handshake failure: what it is, said first instead of scenarios that do not fit. */
  outOfScope?: FactHit;
  /**
   * The text says only that a connection ended or failed (a reset, an EOF, a bare error code), nothing of a
   * TLS cause: the answer that it may not be TLS at all goes among the results, before the result at `at`.
   */
  perhapsNotTls?: { at: number };
  /**
   * The error page of a code the text carries (`SSL Provider, error: 31`, `0x80090325`). Its title is the
   * page's to show (the search page carries every error page's title), which keeps the index small.
   */
  errorPage?: { id: string };
  /** Wording similarity would count for this query and was not given: ask again with it (see search()). */
  wantsWords: boolean;
  /** The query is a certificate or a Windows client report, judged by its own rules: their scenarios come first. */
  judged?: JudgedPaste;
}

/** Up to this length a query is typed, not pasted: its words are matched fuzzily whatever it carries. */
export const typedQueryChars = 120;

// Weights of the score parts. Declared evidence dominates; context and text similarity order
// scenarios with equal evidence and carry queries that have no codes at all.
const textWeight = 3;
const platformMatch = 0.5;
const platformMismatch = -3;
const driverMatch = 0.5;
/** A driver-specific scenario (an OpenSSL policy, a changed default) when the paste names only other drivers. */
const otherDriver = -1;
/**
 * The runner-up's score, as a share of the leader's, from which the text alone does not decide between
 * them (a bare 10054 or error 31: about 0.8; a name-mismatch error against its runner-up: 0.25).
 */
const ambiguityRatio = 0.6;
/** A fact's weight in the text (1-5) times a scenario's weight for it (1-5), scaled to a signal's range. */
const factScale = 1 / 5;
/**
 * Where no scenario reads a failure in the text, a context fact counts this share of what it counts beside
 * one: 0.3 to 0.5 points, about what similar wording adds, so the situation orders the scenarios the words
 * bring up and does not outweigh them.
 */
const situationAlone = 0.1;
/** From this weight a fact outside TLS (a login failure, a missing instance) is said outright. */
const outOfScopeWeight = 3;
/** A TLS fact this strong keeps a text in scope (see outOfScopeFact). */
const tlsVeto = 4;

/** From this weight a scenario's own phrase or code in the text names a cause (see perhapsNotTlsAt). */
const tellingSignal = 3;

/** The read code kinds in the order their error pages are most telling: an HRESULT names the error exactly, `error 0` least. */
const pagePriority = (key: string) => (key.startsWith('0x') ? 0 : /^[a-z]+:/.test(key) && !key.startsWith('sni:') ? 1 : key.startsWith('sni:') ? 2 : 3);

/** Prepares a language's index for querying; the same code runs in the browser, tests and benchmarks. */
export function createSearcher(index: SearchIndex) {
  const hints = compileHints(index.hints);
  const lexicon = compileLexicon(index.lexicon);
  const pageByKey = new Map<string, { id: string }>();
  for (const [id, keys] of index.errorPages) for (const key of keys) if (!pageByKey.has(key)) pageByKey.set(key, { id });
  const docs = index.docs.map(docOf).map((doc) => ({ ...doc, signals: doc.signals.map((signal) => compileSignal(readSignal(signal))) }));

  const errorPageFor = (signature: ErrorSignature) => {
    const keys = [...signature.codes, ...signature.providers, ...signature.providers.map((p) => `sni:${p.split(':')[1]}`)].filter((key) => pageByKey.has(key));
    keys.sort((a, b) => pagePriority(a) - pagePriority(b));
    return keys[0] ? pageByKey.get(keys[0]) : undefined;
  };

  return {
    /** Packs (`/lexicon/<id>.json`: a further language, an on-demand stack) whose markers the text carries and that are not loaded yet. */
    packsNeeded(query: string): string[] {
      return packsFor(lexicon, toMatchText(query.slice(0, 60_000)));
    },
    addPack(pack: LexiconPack): void {
      addPack(lexicon, pack);
    },
    /**
     * Answers a query. Wording similarity (`words`, fuzzy matching over the articles' words) counts for
     * typed queries and for pastes that carry no code, fact or phrase of a scenario; a paste with evidence
     * is ranked by its evidence. Without `words`, the outcome says whether they were wanted (`wantsWords`),
     * so the browser downloads them only then.
     */
    search(query: string, words?: WordMatcher, judged?: JudgedPaste): SearchOutcome {
      const { signature, saidBy } = readPaste(query, hints, lexicon);
      const factHits = new Map(signature.facts.map((hit) => [hit.fact, hit]));
      // Each scenario's two readings of the text, read once: the facts it resolves and its own signals.
      const firstReadings = docs.map((doc) => {
        // A situational scenario (Azure, FIPS, a Linux server, SQL Server as a client) explains common
        // failures only where the text names its situation: its facts count when one of its signals matches.
        const situationNamed = !doc.situational || collectEvidence(signature, doc.signals, true).length > 0;
        const read = (situationNamed ? doc.resolves : []).flatMap(([fact, weight, onlyWith]) => {
          const hit = factHits.get(fact);
          if (onlyWith && !onlyWith.some((context) => factHits.has(context))) return [];
          return hit ? [{ hit, score: weight * hit.weight * factScale }] : [];
        });
        const failures = read.filter((r) => r.hit.scope !== 'context').sort((a, b) => b.score - a.score);
        const context = read.filter((r) => r.hit.scope === 'context');
        return { doc, failures, context, evidence: collectEvidence(signature, doc.signals, failures.length > 0) };
      });
      // A context fact (the driver encrypts by default, the failure comes and goes) tells apart scenarios
      // that explain the same failure; alone it explains nothing. So it counts only beside a failure the
      // scenario resolves, and all context together at most as much as the strongest reading of the failure
      // by any scenario: it can bring a scenario level with the leader and past it, never from nowhere.
      const strongestFailure = Math.max(0, ...firstReadings.map((r) => r.failures.reduce((sum, f) => sum + f.score, 0)));
      const readings = firstReadings.map(({ doc, failures, context, evidence }) => {
        let left = failures.length ? strongestFailure : 0;
        const counted = context
          .map((r) => {
            const score = Math.min(r.score, left);
            left -= score;
            return { ...r, score };
          })
          .filter((r) => r.score > 0);
        // A text that states no failure at all (a question, an account of what happened) is ranked by its
        // words; the situation it states (an old server, a driver that encrypts by default) orders them.
        const situation = strongestFailure === 0 ? situationAlone * context.reduce((sum, r) => sum + r.score, 0) : 0;
        return { doc, evidence, resolved: [...failures, ...counted], situation };
      });
      const evidenced = new Set(readings.filter((r) => r.evidence.length || r.resolved.length).map((r) => r.doc.slug));
      const readingOf = (slug: string) => readings.find((r) => r.doc.slug === slug)!;
      // Evidence that says something about a scenario: a provider and its number alone (`TCP Provider,
      // error: 0`) come with every failure of that provider (see the answers outside TLS below).
      const telling = new Set(readings.filter((r) => r.resolved.length || r.evidence.some((e) => e.type !== 'provider')).map((r) => r.doc.slug));
      const wantsWords = !judged?.exclusive && query.trim().length > 0 && (query.length <= typedQueryChars || evidenced.size === 0);
      const textScores = wantsWords && words ? words(signature.matchText, query.length <= typedQueryChars) : new Map<string, number>();

      const results: SearchResult[] = [];
      for (const { doc, resolved, evidence, situation } of readings) {
        const text = textScores.get(doc.slug) ?? 0;
        if (!evidence.length && !resolved.length && text <= 0 && situation <= 0) continue;

        const reasons: MatchReason[] = [
          // The two strongest failures it resolves, then the context that counted (the reader sees why it moved up).
          ...[...resolved.filter((r) => r.hit.scope !== 'context').slice(0, 2), ...resolved.filter((r) => r.hit.scope === 'context')].map(({ hit }) => ({
            kind: 'fact' as const,
            label: `${hit.fact}|${hit.label}`,
          })),
          ...evidence.slice(0, 4).map((e) => ({ kind: e.type, label: e.type === 'phrase' ? saidBy(e.label) : e.label })),
        ];
        // Signals and facts are two readings of the same words (a scenario's phrase is often a stack's
        // message too): the stronger reading counts, so a message is not counted twice.
        let score =
          Math.max(
            evidence.reduce((sum, e) => sum + e.weight, 0),
            resolved.reduce((sum, r) => sum + r.score, 0) + evidence.filter((e) => e.context).reduce((sum, e) => sum + e.weight, 0),
          ) +
          textWeight * text +
          situation;
        const driver = signature.drivers.find((d) => doc.drivers.includes(d.id));
        if (!driver && doc.driverSpecific && signature.drivers.length) score += otherDriver;
        if (driver) {
          score += driverMatch;
          reasons.push({ kind: 'driver', label: driver.version ? `${driver.id}@${driver.version}` : driver.id });
        }
        if (signature.platforms.length) {
          const shared = signature.platforms.filter((p) => doc.platforms.includes(p));
          score += shared.length ? platformMatch : platformMismatch;
          if (shared.length && evidence.length) reasons.push({ kind: 'platform', label: shared.join('/') });
        }
        if (!evidence.length && !resolved.length) reasons.push({ kind: 'text', label: '' });
        const [fix] = rankFixes(doc.fixes, { platforms: signature.platforms, drivers: signature.drivers.map((d) => d.id) });
        results.push({ slug: doc.slug, summary: doc.summary, score, reasons, ...(fix ? { fix: { id: fix.id, title: fix.title } } : {}) });
      }
      // A pasted certificate or Windows client report is judged by its own rules: the scenarios of its
      // findings come first, worst first. A report is settings, not an error, so its words rank nothing else.
      if (judged) {
        if (judged.exclusive) {
          results.splice(0, results.length);
          evidenced.clear();
        }
        const top = Math.max(0, ...results.map((r) => r.score));
        judged.findings.forEach(({ finding, scenario }, rank) => {
          const doc = docs.find((d) => d.slug === scenario);
          if (!doc) return;
          let result = results.find((r) => r.slug === doc.slug);
          if (!result) {
            const [fix] = rankFixes(doc.fixes, { platforms: signature.platforms, drivers: [] });
            result = { slug: doc.slug, summary: doc.summary, score: 0, reasons: [], ...(fix ? { fix: { id: fix.id, title: fix.title } } : {}) };
            results.push(result);
          } else if (result.reasons[0]?.kind === judged.kind) return;
          result.score = top + 10 + judged.findings.length - rank;
          result.reasons.unshift({ kind: judged.kind, label: finding });
          evidenced.add(doc.slug);
        });
      }
      results.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
      const errorPage = judged?.exclusive ? undefined : errorPageFor(signature);
      const outOfScope = judged ? undefined : outOfScopeFact(signature.facts, lexicon.afterHandshake);
      // Outside TLS, only scenarios with telling evidence of their own stay: word similarity would rank every
      // TLS scenario. Those that resolve the failure itself come first (a session dropped after login: the
      // packet size), since the TLS words beside it (a reset) say how that failure happened, not that a handshake failed.
      const ranked = results.filter((r) => r.score > 0 && (!outOfScope || telling.has(r.slug)));
      if (outOfScope) {
        const explains = new Set(docs.filter((d) => d.resolves.some(([fact]) => fact === outOfScope.fact)).map((d) => d.slug));
        ranked.sort((a, b) => Number(explains.has(b.slug)) - Number(explains.has(a.slug)));
      }
      const [first, second] = ranked.filter((r) => evidenced.has(r.slug));
      const ambiguous =
        !judged && !outOfScope && !!first && !!second && (second.score >= ambiguityRatio * first.score || sameReading(readingOf(first.slug), readingOf(second.slug)));
      const vague = !judged && !outOfScope && ranked.length > 0 && evidenced.size === 0;
      const notTlsAt =
        judged || outOfScope || !ranked.length || readings.some((r) => r.evidence.some((e) => e.type !== 'provider' && !e.context && e.weight >= tellingSignal))
          ? undefined
          : perhapsNotTlsAt(signature, lexicon.alsoOutsideTls, query.length > typedQueryChars);
      return {
        results: ranked,
        signature,
        hasEvidence: evidenced.size > 0,
        ambiguous,
        vague,
        wantsWords: wantsWords && !words,
        ...(outOfScope ? { outOfScope } : {}),
        ...(notTlsAt !== undefined ? { perhapsNotTls: { at: Math.min(notTlsAt, ranked.length) } } : {}),
        ...(errorPage ? { errorPage } : {}),
        ...(judged ? { judged } : {}),
      };
    },
  };
}

/**
 * Whether the text reads the same for the leader as for the runner-up: the leader resolves no failure the
 * runner-up does not, no context of the reader's counted for it alone, and the text has no telling phrase
 * or code of its own, nor words of the reader's situation that only it declares. Their order then comes
 * from how often each scenario explains that failure (the weights in content), not from anything the
 * text says: a bare "not trusted" chain is the untrusted certificate or the encrypt default a driver
 * upgrade brought, and only questions tell.
 */
function sameReading(leader: { resolved: { hit: FactHit }[]; evidence: CompiledSignal[] }, runnerUp: { resolved: { hit: FactHit }[]; evidence: CompiledSignal[] }): boolean {
  // A fact read from the text is one object, whichever scenario resolves it.
  return (
    leader.resolved.length > 0 &&
    leader.resolved.every((r) => runnerUp.resolved.some((o) => o.hit === r.hit)) &&
    leader.evidence.every((e) => !(e.context || e.weight >= tellingSignal) || runnerUp.evidence.some((o) => o.key === e.key))
  );
}

/**
 * A failure outside the handshake is the answer when the text says it clearly (weight 3 or more) and
 * says nothing as strong about TLS: `Login failed for user 'sa'`, `error: 26 - Error Locating Server/Instance Specified`.
 * A failure that follows a handshake (a login) does not outweigh a strong handshake failure (weight
 * `tlsVeto` or more: a reset or EOF in the handshake, an untrusted chain) in the same text: tools that
 * retry without encryption print their fallback's login failure after the handshake failure that sent
 * them there. A failure that replaces the handshake (an HTTPS client on the SQL Server port) still does.
 */
function outOfScopeFact(facts: FactHit[], afterHandshake: Set<string>): FactHit | undefined {
  const other = facts.find((f) => f.scope === 'other');
  const tls = facts.find((f) => f.scope === 'tls');
  if (!other || other.weight < outOfScopeWeight) return undefined;
  if (tls && afterHandshake.has(other.fact) && tls.weight >= tlsVeto) return undefined;
  return !tls || tls.weight < other.weight ? other : undefined;
}

/**
 * Where the answer "perhaps not TLS at all" goes among the results, if it goes anywhere. A text whose only
 * handshake failures say that the connection ended, stalled or failed (a reset, an EOF, error 31) states no
 * TLS cause, and connections end the same way outside TLS: the answer follows the three likeliest scenarios.
 * A failure that states no handshake failure at all (a bare code, a provider, a weak failure outside TLS, a
 * long paste) gets it third. A short query without any of those is typed, a topic rather than a failure: none.
 */
function perhapsNotTlsAt(signature: ErrorSignature, alsoOutsideTls: Set<string>, pasted: boolean): number | undefined {
  const tls = signature.facts.filter((f) => f.scope === 'tls');
  if (tls.some((f) => !alsoOutsideTls.has(f.fact))) return undefined;
  if (tls.length) return 3;
  const failureSaid = pasted || signature.codes.length > 0 || signature.providers.length > 0 || signature.facts.some((f) => f.scope === 'other');
  return failureSaid ? 2 : undefined;
}
