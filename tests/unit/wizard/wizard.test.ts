import { readDataFile } from '../../../src/contentModel/dataFiles.ts';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { analyzeError } from '../../../src/diagnosis/analyzeError.ts';
import { loadPasteContext } from '../../../src/wizard/loadPasteContext.ts';
import { readContentFiles } from '../../../src/contentModel/readContentFiles.ts';
import { buildWizardMachine } from '../../../src/wizard/buildWizardMachine.ts';
import { classifyBuildNumbers, classifySqlBuild } from '../../../src/diagnosis/classifySqlBuild.ts';
import { preAnswer } from '../../../src/wizard/preAnswer.ts';
import { resolvePath } from '../../../src/wizard/resolvePath.ts';

const root = process.cwd();
const tree = readDataFile(root, 'wizardTree');
const builds = readDataFile(root, 'tls12Builds');
const { hints, lexicon } = loadPasteContext(root);
const machine = buildWizardMachine(tree);
const scenarioFixes = new Map(
  readContentFiles(root)
    .filter((e) => e.collection === 'scenarios' && e.lang === 'en')
    .map((e) => [e.id, new Set((e.data as { fixes: { id: string }[] }).fixes.map((f) => f.id))]),
);
const outcomes = new Map(tree.nodes.filter((n) => n.kind === 'outcome').map((n) => [n.id, n]));

describe('the wizard machine', () => {
  test('every path ends at an outcome, within five answers, and every scenario is reachable', () => {
    // Each state is offered only its own question's answers: offering every answer everywhere made the
    // traversal take seconds, close to the test timeout on a busy machine.
    const answersAt = new Map(tree.nodes.map((n) => [n.id, n.kind === 'question' ? n.choices.map((c) => ({ type: 'answer.select' as const, choice: c.id })) : []]));
    const paths = getSimplePaths(machine, { events: (snapshot) => answersAt.get(String(snapshot.value)) ?? [] });
    const ends = paths.filter((p) => p.state.hasTag('outcome'));
    expect(ends.length).toBeGreaterThan(0);
    for (const p of ends) expect(p.state.context.path.length).toBeLessThanOrEqual(5);
    const reached = new Set(ends.flatMap((p) => outcomes.get(String(p.state.value))!.scenarios));
    expect([...reached].sort()).toEqual([...scenarioFixes.keys()].sort());
    // No dead ends: every reachable state is an outcome or has an answer.
    const shortest = getShortestPaths(machine, { events: (snapshot) => answersAt.get(String(snapshot.value)) ?? [] });
    for (const p of shortest) expect(p.state.hasTag('outcome') || tree.nodes.find((n) => n.id === p.state.value)?.kind === 'question').toBe(true);
  });

  test('answers, back and restart', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'answer.select', choice: 'forcibly-closed' });
    actor.send({ type: 'answer.select', choice: 'always' });
    expect(actor.getSnapshot().value).toBe('what-changed');
    actor.send({ type: 'wizard.back' });
    expect(actor.getSnapshot().value).toBe('pattern-10054');
    expect(actor.getSnapshot().context.path).toEqual(['forcibly-closed']);
    actor.send({ type: 'wizard.restart' });
    expect(actor.getSnapshot().value).toBe('error');
    expect(actor.getSnapshot().context.path).toEqual([]);
  });

  test('resolvePath stops at the nearest valid step for a stale or garbage URL', () => {
    expect(resolvePath(machine, ['not-trusted', 'odbc-18'])).toMatchObject({ node: 'after-upgrade', stale: false });
    expect(resolvePath(machine, ['not-trusted', 'no-such-driver', 'after-upgrade'])).toMatchObject({ node: 'driver-trust', path: ['not-trusted'], stale: true });
    expect(resolvePath(machine, ['%3Cscript%3E'])).toMatchObject({ node: 'error', path: [], stale: true });
  });
});

describe('preAnswer()', () => {
  const facts = (text: string) => ({ signature: analyzeError(text, hints, lexicon), sqlBuild: classifySqlBuild(text, builds) });

  test('an ODBC 18 certificate error is answered up to the upgrade question', () => {
    const path = preAnswer(
      tree,
      facts(
        "pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate]')",
      ),
    );
    expect(path).toEqual(['not-trusted', 'odbc-18']);
    expect(resolvePath(machine, path).node).toBe('after-upgrade');
  });

  test('a Java TLS10 error goes straight to its outcome', () => {
    const path = preAnswer(tree, facts('The server selected protocol version TLS10 is not accepted by client preferences [TLS12]'));
    expect(resolvePath(machine, path).node).toBe('out-version-java');
  });

  // Choices declare failure facts, so the stack vocabularies answer them in wordings and languages the
  // tree itself never lists.
  test.each([
    ['(provider: SSL Provider, error: 0 - 信頼されていない機関によって証明書チェーンが発行されました。)', ['not-trusted']],
    ['java.security.cert.CertificateException: KeyUsage does not allow digital signatures', ['something-else', 'wrong-purpose']],
    ['ssl.SSLError: [SSL: DH_KEY_TOO_SMALL] dh key too small (_ssl.c:1000)', ['something-else', 'client-policy']],
  ])('a fact the vocabularies read answers its choice: %s', (text, expected) => {
    expect(preAnswer(tree, facts(text))).toEqual(expected);
  });

  // Context facts (what the reader says about the situation) answer the questions about it.
  test.each([
    ['TCP Provider: An existing connection was forcibly closed by the remote host. (10054) It happens intermittently.', ['forcibly-closed', 'intermittent']],
    [
      '[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate] after upgrading the image',
      ['not-trusted', 'odbc-18', 'after-upgrade'],
    ],
    ['连接偶尔失败：远程主机强迫关闭了一个现有的连接。', ['forcibly-closed', 'intermittent']],
  ])('what the paste says about the situation answers its question: %s', (text, expected) => {
    expect(preAnswer(tree, facts(text))).toEqual(expected);
  });

  test('a reading that is merely consistent with a fact answers nothing', () => {
    expect(preAnswer(tree, facts('SSL alert number 40'))).toEqual([]);
  });

  test('nothing recognisable answers nothing', () => {
    expect(preAnswer(tree, facts('hello world'))).toEqual([]);
  });
});

describe('classifySqlBuild()', () => {
  test.each([
    ['Microsoft SQL Server 2014 - 12.0.2000.8 (X64)', 'lacks-tls12'],
    ['Microsoft SQL Server 2014 (SP3) - 12.0.6024.0 (X64)', 'supports-tls12'],
    ['Microsoft SQL Server 2012 (SP3) (KB3072779) - 11.0.6020.0 (X64)', 'depends'],
    ['Microsoft SQL Server 2019 (RTM) - 15.0.2000.5 (X64)', 'supports-tls12'],
    ['Microsoft SQL Server 2005 - 9.00.5000.00 (X64)', 'lacks-tls12'],
    ['Microsoft SQL Server 2008 R2 (SP3) - 10.50.6542.0 (X64)', 'supports-tls12'],
  ])('%s → %s', (text, verdict) => {
    expect(classifySqlBuild(text, builds)?.verdict).toBe(verdict);
  });

  test.each([
    [[11, 0, 5058], 'lacks-tls12'],
    [[11, 0, 5644], 'depends'],
    [[11, 0, 6518], 'supports-tls12'],
    [[16, 0, 4135], 'supports-tls12'],
  ])('PRELOGIN build %j (no revision) → %s', (numbers, verdict) => {
    expect(classifyBuildNumbers(numbers, builds)?.verdict).toBe(verdict);
  });

  test('ignores text without @@VERSION output', () => {
    expect(classifySqlBuild('Microsoft.Data.SqlClient, Version=5.0.0.0', builds)).toBeUndefined();
  });
});
