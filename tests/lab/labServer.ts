import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { createSecureContext, TLSSocket, createServer as createTlsServer, type SecureContextOptions } from 'node:tls';
import { encodeLoginFailed, encodePacket, packetType, PacketReader } from '../../src/tds/packet.ts';
import { decodePrelogin, encodePrelogin, encryption } from '../../src/tds/prelogin.ts';
import { TdsTlsTransport } from '../../src/tds/tdsTlsTransport.ts';
import type { LabCertificates } from './certificates.ts';
import { certFor, type Endpoint } from './endpoints.ts';

/** The build a lab endpoint announces in PRELOGIN unless it names its own: SQL Server 2022 CU14 (16.0.4135). */
const defaultVersion = '16.0.4135';

function versionOf(endpoint: Endpoint) {
  const [major = 0, minor = 0, build = 0] = (endpoint.serverVersion ?? defaultVersion).split('.').map(Number);
  return { major, minor, build, subBuild: 0 };
}

export interface RunningEndpoint {
  endpoint: Endpoint;
  /** Speaks like SQL Server (PRELOGIN, then TLS inside TDS; or TDS 8.0). */
  port: number;
  /** The same TLS configuration as a plain TLS server, for s_client, Node tls, Python ssl and curl. */
  tlsPort: number;
  servers: Server[];
  sockets: Set<Socket>;
}

function tlsOptions(endpoint: Endpoint, certs: LabCertificates): SecureContextOptions {
  const pair = certFor(certs, endpoint);
  return {
    key: readFileSync(pair.key),
    cert: readFileSync(pair.cert),
    // SQL Server speaks TLS 1.2 at most inside TDS 7.x; TLS 1.3 needs TDS 8.0.
    maxVersion: endpoint.tls?.maxVersion ?? (endpoint.mode === 'tds8' || endpoint.mode === 'tds8-forced' ? 'TLSv1.3' : 'TLSv1.2'),
    minVersion: endpoint.tls?.minVersion ?? 'TLSv1.2',
    ...(endpoint.tls?.ciphers ? { ciphers: endpoint.tls.ciphers } : {}),
  };
}

/** Answers a PRELOGIN packet: the server's version and its encryption setting (required). */
function answerPrelogin(socket: Socket, payload: Buffer, endpoint: Endpoint): void {
  const request = decodePrelogin(payload);
  const answer = request.encryption === encryption.notSupported ? encryption.notSupported : encryption.required;
  socket.write(encodePacket(packetType.tabularResult, encodePrelogin({ version: versionOf(endpoint), encryption: answer, mars: 0 })));
}

function handleTds(socket: Socket, endpoint: Endpoint, certs: LabCertificates): void {
  const reader = new PacketReader();
  socket.on('error', () => {});
  const onData = (chunk: Buffer) => {
    let packets;
    try {
      packets = reader.push(chunk);
    } catch {
      socket.destroy();
      return;
    }
    const prelogin = packets.find((p) => p.type === packetType.preLogin);
    if (!prelogin) return;
    socket.off('data', onData);
    if (endpoint.mode === 'silent') return;
    answerPrelogin(socket, prelogin.payload, endpoint);
    if (endpoint.mode === 'reset') {
      // The next bytes are the Client Hello: answer with a TCP reset, like a server whose Schannel refused it.
      socket.once('data', () => socket.resetAndDestroy());
      return;
    }
    const transport = new TdsTlsTransport(socket, reader.rest());
    const tlsSocket = new TLSSocket(transport, { isServer: true, secureContext: createSecureContext(tlsOptions(endpoint, certs)) });
    tlsSocket.on('error', () => socket.destroy());
    // After the handshake the client sends LOGIN7: answer "login failed", proof the handshake worked.
    tlsSocket.once('data', () => tlsSocket.end(encodeLoginFailed('sa')));
  };
  socket.on('data', onData);
}

function startTds8(endpoint: Endpoint, certs: LabCertificates): Server {
  const server = createTlsServer({ ...tlsOptions(endpoint, certs), ALPNProtocols: ['tds/8.0'] }, (tlsSocket) => {
    const reader = new PacketReader();
    tlsSocket.on('error', () => {});
    tlsSocket.on('data', (chunk: Buffer) => {
      for (const packet of reader.push(chunk)) {
        if (packet.type === packetType.preLogin) answerPrelogin(tlsSocket, packet.payload, endpoint);
        else tlsSocket.end(encodeLoginFailed('sa'));
      }
    });
  });
  server.on('tlsClientError', () => {});
  return server;
}

function startPlainTls(endpoint: Endpoint, certs: LabCertificates): Server {
  if (endpoint.mode === 'reset' || endpoint.mode === 'silent') {
    return createServer((socket) => {
      socket.on('error', () => {});
      if (endpoint.mode === 'reset') socket.once('data', () => socket.resetAndDestroy());
    });
  }
  const server = createTlsServer(tlsOptions(endpoint, certs), (tlsSocket) => {
    tlsSocket.on('error', () => {});
    tlsSocket.end('HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok');
  });
  server.on('tlsClientError', () => {});
  return server;
}

const listen = (server: Server, sockets: Set<Socket>) =>
  new Promise<number>((resolve, reject) => {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });

/** Starts every endpoint on 127.0.0.1 (random free ports), each as a SQL Server and as a plain TLS server. */
export async function startLab(endpoints: Endpoint[], certs: LabCertificates): Promise<RunningEndpoint[]> {
  return Promise.all(
    endpoints.map(async (endpoint) => {
      const sockets = new Set<Socket>();
      const tds = endpoint.mode === 'tds8' || endpoint.mode === 'tds8-forced' ? startTds8(endpoint, certs) : createServer((socket) => handleTds(socket, endpoint, certs));
      const plain = startPlainTls(endpoint, certs);
      const [port, tlsPort] = await Promise.all([listen(tds, sockets), listen(plain, sockets)]);
      return { endpoint, port, tlsPort, servers: [tds, plain], sockets };
    }),
  );
}

export async function stopLab(running: RunningEndpoint[]): Promise<void> {
  for (const { sockets } of running) for (const socket of sockets) socket.destroy();
  await Promise.all(running.flatMap(({ servers }) => servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))));
}
