import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { Connection } from 'tedious';

/**
 * Real clients run against the lab. Each returns the text the client printed or raised, the way a user
 * would paste it, or "connected". Client names carry their versions for the captured fixtures.
 */
export interface Attempt {
  client: string;
  text: string;
}

const tediousVersion = (JSON.parse(readFileSync('node_modules/tedious/package.json', 'utf8')) as { version: string }).version;

/** tedious (the Node.js driver) with encrypt on and certificate validation against the lab CA (and its CRL when given). */
export function tedious(port: number, caFile: string, encrypt: true | 'strict' = true, crlFile?: string): Promise<Attempt> {
  return new Promise((resolve) => {
    const connection = new Connection({
      server: 'localhost',
      authentication: { type: 'default', options: { userName: 'sa', password: 'not-used' } },
      options: {
        port,
        encrypt,
        trustServerCertificate: false,
        connectTimeout: 3000,
        cryptoCredentialsDetails: { ca: readFileSync(caFile), ...(crlFile ? { crl: readFileSync(crlFile) } : {}) },
      },
    });
    let done = false;
    const finish = (text: string) => {
      if (done) return;
      done = true;
      connection.removeAllListeners('error');
      connection.on('error', () => {});
      connection.close();
      resolve({ client: `tedious ${tediousVersion} (Node.js ${process.version})`, text });
    };
    connection.on('connect', (error) => {
      if (!error || /Login failed for user/.test(error.message)) return finish('connected');
      const cause = (error as Error & { cause?: Error }).cause;
      finish(`${error.name}: ${error.message}${cause && !error.message.includes(cause.message) ? `\n  cause: ${cause.message}` : ''}`);
    });
    connection.on('error', (error) => finish(`${error.name}: ${error.message}`));
    connection.connect();
  });
}

/**
 * Runs a client without blocking: the lab's servers live in this process, so a synchronous child would
 * leave them unable to answer.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 8_000);
    // A client that is not installed fails here (ENOENT), not as an unhandled error event.
    child.on('error', (error) => (clearTimeout(timer), resolve({ status: null, stdout, stderr: `${command} could not run: ${error.message}` })));
    child.on('close', (status) => (clearTimeout(timer), resolve({ status, stdout, stderr })));
    child.stdin.end();
  });
}

/** The client's version as it prints it (some tools print it on stderr). */
const version = (command: string[], pattern: RegExp) => {
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  return pattern.exec(`${result.stdout}${result.stderr}`)?.[1] ?? '?';
};

/** FreeTDS tsql with encryption required and the lab CA, and its CRL when given (Debian's freetds-bin). */
export async function tsql(port: number, caFile: string, dir: string, crlFile?: string): Promise<Attempt> {
  const conf = join(dir, 'freetds.conf');
  writeFileSync(
    conf,
    [
      '[global]',
      '  tds version = 7.4',
      '  encryption = require',
      `  ca file = ${caFile}`,
      ...(crlFile ? [`  crl file = ${crlFile}`] : []),
      '  check certificate hostname = yes',
      '  login timeout = 4',
      '  connect timeout = 4',
      '',
    ].join('\n'),
  );
  const dump = join(dir, `tdsdump-${port}.log`);
  const result = await run('tsql', ['-H', 'localhost', '-p', String(port), '-U', 'sa', '-P', 'not-used'], { ...process.env, FREETDSCONF: conf, TDSDUMP: dump });
  // tsql itself prints only "Adaptive Server connection failed"; FreeTDS's log (TDSDUMP) says why.
  let log: string;
  try {
    log = readFileSync(dump, 'utf8')
      .split('\n')
      .filter((line) => /handshake failed|Login failed|Msg 18456/i.test(line))
      .slice(0, 2)
      .join('\n');
  } catch {
    log = '';
  }
  const text = `${result.stdout}${result.stderr}\n${log}`
    .split('\n')
    .filter((line) => !/^(locale|using default charset|Setting|Default database|Password)/i.test(line.trim()) && line.trim())
    .join('\n');
  return { client: `FreeTDS tsql ${version(['tsql', '-C'], /Version:\s*freetds v?([\d.]+)/i)}`, text: /^1>|Login failed for user/m.test(text) ? 'connected' : text };
}

/** openssl s_client validating like a driver (CA file, host name, errors fatal; the CRL when given). */
export async function sClient(port: number, caFile: string, alpn?: string, crlFile?: string): Promise<Attempt> {
  const result = await run('openssl', [
    's_client',
    '-connect',
    `127.0.0.1:${port}`,
    '-servername',
    'localhost',
    '-CAfile',
    caFile,
    '-verify_return_error',
    '-verify_hostname',
    'localhost',
    '-brief',
    ...(alpn ? ['-alpn', alpn] : []),
    ...(crlFile ? ['-crl_check', '-CRL', crlFile] : []),
  ]);
  const text = `${result.stdout}${result.stderr}`.trim();
  return {
    client: `openssl s_client ${version(['openssl', 'version'], /OpenSSL ([\d.]+\w*)/)}`,
    text: result.status === 0 && text.includes('CONNECTION ESTABLISHED') ? 'connected' : text,
  };
}

/** Node.js tls.connect with the lab CA (and its CRL when given). */
export function nodeTls(port: number, caFile: string, crlFile?: string): Promise<Attempt> {
  return new Promise((resolve) => {
    const socket = tlsConnect({
      host: '127.0.0.1',
      servername: 'localhost',
      port,
      ca: readFileSync(caFile),
      ...(crlFile ? { crl: readFileSync(crlFile) } : {}),
      timeout: 3000,
    });
    const client = `Node.js tls ${process.version}`;
    socket.once('secureConnect', () => (socket.destroy(), resolve({ client, text: 'connected' })));
    socket.once('error', (error: Error & { code?: string }) => resolve({ client, text: `Error: ${error.message}${error.code ? ` (${error.code})` : ''}` }));
    socket.once('timeout', () => (socket.destroy(), resolve({ client, text: 'Error: timeout waiting for the TLS handshake' })));
  });
}

/** Python's ssl module with the lab CA (and its CRL, checked for the server's certificate, when given). */
export async function pythonSsl(port: number, caFile: string, crlFile?: string): Promise<Attempt> {
  const script = [
    'import socket, ssl, sys',
    `ctx = ssl.create_default_context(cafile=${JSON.stringify(caFile)})`,
    ...(crlFile ? [`ctx.load_verify_locations(${JSON.stringify(crlFile)})`, 'ctx.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF'] : []),
    'try:',
    `    with socket.create_connection(("127.0.0.1", ${port}), timeout=3) as s:`,
    '        with ctx.wrap_socket(s, server_hostname="localhost") as t:',
    '            print("connected")',
    'except Exception as e:',
    '    print(f"{type(e).__module__}.{type(e).__name__}: {e}")',
  ].join('\n');
  const result = await run('python3', ['-c', script]);
  return { client: `Python ssl ${version(['python3', '--version'], /Python ([\d.]+)/)}`, text: `${result.stdout}${result.stderr}`.trim() };
}

/** curl with the lab CA (and its CRL when given). */
export async function curl(port: number, caFile: string, crlFile?: string): Promise<Attempt> {
  const result = await run('curl', [
    '-sS',
    '--max-time',
    '5',
    '--cacert',
    caFile,
    ...(crlFile ? ['--crlfile', crlFile] : []),
    '--resolve',
    `localhost:${port}:127.0.0.1`,
    `https://localhost:${port}/`,
  ]);
  return { client: `curl ${version(['curl', '--version'], /curl ([\d.]+)/)}`, text: result.status === 0 ? 'connected' : result.stderr.trim() };
}

/**
 * Java JSSE (the TLS stack of the Microsoft JDBC driver, jTDS and every Java client) through
 * tests/lab/java/LabClient.java, compiled once into `dir`: the lab CA as the only trust anchor, HTTPS
 * host-name identification, and revocation checked against the CRL when given. Needs a JDK (javac).
 */
export async function java(port: number, caFile: string, dir: string, crlFile?: string): Promise<Attempt> {
  const classes = join(dir, 'java-classes');
  if (!existsSync(join(classes, 'LabClient.class'))) {
    const compiled = spawnSync('javac', ['-d', classes, 'tests/lab/java/LabClient.java'], { encoding: 'utf8' });
    if (compiled.status !== 0) throw new Error(`javac failed: ${compiled.stderr}`);
  }
  const result = await run('java', ['-cp', classes, 'LabClient', 'localhost', String(port), caFile, ...(crlFile ? [crlFile] : [])]);
  return { client: `Java JSSE ${javaVersion()}`, text: `${result.stdout}${result.stderr}`.trim() };
}

/** The JDK's version as `java -version` prints it (on stderr): `17.0.15`. */
const javaVersion = () => version(['java', '-version'], /version "([\d._]+)"/);
