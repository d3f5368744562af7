import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions, type PeerCertificate, type TLSSocket } from 'node:tls';
import { encodePacket, packetType, PacketReader } from '../tds/packet.ts';
import { decodePrelogin, encodePrelogin, encryption, type Prelogin } from '../tds/prelogin.ts';
import { TdsTlsTransport } from '../tds/tdsTlsTransport.ts';
import type { ProbeFailureKind } from '../ids/probeFailures.ts';

/** Why a probe could not talk to SQL Server at all. */
export class ProbeConnectionError extends Error {
  readonly kind: ProbeFailureKind;
  constructor(kind: ProbeFailureKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

/** Resolver errors: the name does not exist or no DNS server answered. */
export const dnsErrorCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);

/** A socket error as a probe failure: refused, reset, a name that does not resolve, or unreachable (routing, anything else). */
function socketFailure(host: string, port: number, error: NodeJS.ErrnoException): ProbeConnectionError {
  const code = error.code ?? '';
  const kind = code === 'ECONNREFUSED' ? 'refused' : code === 'ECONNRESET' ? 'reset' : dnsErrorCodes.has(code) ? 'dns' : 'unreachable';
  return new ProbeConnectionError(kind, `${host}:${port}: ${error.code ?? error.message}`);
}

/** Opens a TCP connection, naming why it failed (refused, unreachable, timeout). */
export function openSocket(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port });
    const timer = setTimeout(
      () => (socket.destroy(), reject(new ProbeConnectionError('connect-timeout', `no answer to the TCP connection to ${host}:${port} within ${timeoutMs} ms`))),
      timeoutMs,
    );
    socket.once('connect', () => (clearTimeout(timer), resolve(socket)));
    socket.once('error', (error: NodeJS.ErrnoException) => (clearTimeout(timer), reject(socketFailure(host, port, error))));
  });
}

/** Sends PRELOGIN (encryption on) and reads the server's answer. */
export async function prelogin(host: string, port: number, timeoutMs: number): Promise<{ socket: Socket; answer: Prelogin; rest: Buffer }> {
  const socket = await openSocket(host, port, timeoutMs);
  return new Promise((resolve, reject) => {
    const reader = new PacketReader();
    const fail = (error: ProbeConnectionError) => (clearTimeout(timer), socket.destroy(), reject(error));
    const timer = setTimeout(
      () => fail(new ProbeConnectionError('prelogin-timeout', `${host}:${port} accepted the connection but did not answer PRELOGIN within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.on('error', (error: NodeJS.ErrnoException) => fail(socketFailure(host, port, error)));
    socket.on('end', () => fail(new ProbeConnectionError('not-sql-server', `${host}:${port} closed the connection without answering PRELOGIN`)));
    const notTds = () => fail(new ProbeConnectionError('not-sql-server', `${host}:${port} does not speak TDS (is it a SQL Server port?)`));
    const onData = (chunk: Buffer) => {
      // SQL Server answers PRELOGIN with a tabular-result packet; anything else (an HTTP or SSH banner) is another service.
      if (!reader.hasPartial() && chunk[0] !== packetType.tabularResult) return notTds();
      let packets;
      try {
        packets = reader.push(chunk);
      } catch {
        return notTds();
      }
      if (!packets.length) return;
      clearTimeout(timer);
      socket.off('data', onData);
      socket.removeAllListeners('end');
      socket.removeAllListeners('error');
      try {
        resolve({ socket, answer: decodePrelogin(packets[0]!.payload), rest: reader.rest() });
      } catch (error) {
        fail(new ProbeConnectionError('not-sql-server', `${host}:${port} answered, but not with a PRELOGIN message (${(error as Error).message})`));
      }
    };
    socket.on('data', onData);
    socket.write(encodePacket(packetType.preLogin, encodePrelogin({ version: { major: 0, minor: 0, build: 0, subBuild: 0 }, encryption: encryption.on, threadId: 0, mars: 0 })));
  });
}

export interface HandshakeResult {
  ok: boolean;
  protocol?: string;
  cipher?: string;
  chain?: PeerCertificate[];
  authorized?: boolean;
  authorizationError?: string;
  error?: string;
  /** No answer to the Client Hello within the timeout. */
  timedOut?: boolean;
}

/** One TLS handshake the way a SQL Server client does it (inside TDS), or TLS first for TDS 8.0 (strict). */
export async function handshake(host: string, port: number, options: ConnectionOptions, strict: boolean, timeoutMs: number): Promise<HandshakeResult> {
  let tls: TLSSocket;
  const servername = isIP(host) ? undefined : host;
  try {
    if (strict) {
      tls = tlsConnect({ host, port, servername, ALPNProtocols: ['tds/8.0'], rejectUnauthorized: false, ...options });
    } else {
      const { socket, rest } = await prelogin(host, port, timeoutMs);
      const transport = new TdsTlsTransport(socket, rest);
      tls = tlsConnect({ socket: transport, servername, rejectUnauthorized: false, ...options });
      tls.once('secureConnect', () => transport.unwrap());
    }
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => (tls.destroy(), resolve({ ok: false, timedOut: true, error: `no TLS answer within ${timeoutMs} ms` })), timeoutMs);
    tls.once('secureConnect', () => {
      clearTimeout(timer);
      const chain: PeerCertificate[] = [];
      let cert = tls.getPeerCertificate(true) as PeerCertificate & { issuerCertificate?: PeerCertificate };
      while (cert && Object.keys(cert).length && !chain.includes(cert)) {
        chain.push(cert);
        if (!cert.issuerCertificate || cert.issuerCertificate === cert) break;
        cert = cert.issuerCertificate;
      }
      resolve({
        ok: true,
        protocol: tls.getProtocol() ?? undefined,
        cipher: tls.getCipher()?.standardName,
        chain,
        authorized: tls.authorized,
        authorizationError: tls.authorizationError ? String(tls.authorizationError) : undefined,
      });
      tls.destroy();
    });
    tls.once('error', (error: NodeJS.ErrnoException) => (clearTimeout(timer), resolve({ ok: false, error: `${error.message}${error.code ? ` (${error.code})` : ''}` })));
  });
}
