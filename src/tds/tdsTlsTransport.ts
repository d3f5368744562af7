import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { encodePacket, packetType, PacketReader } from './packet.ts';

/** First byte of a TLS record: change_cipher_spec, alert, handshake, application_data. */
const isTlsRecordStart = (byte: number | undefined) => byte !== undefined && byte >= 0x14 && byte <= 0x17;

/**
 * Carries a TLS handshake inside TDS PRELOGIN packets, as SQL Server does before TDS 8.0, and passes
 * TLS records through untouched once the handshake is over. Give it to `new tls.TLSSocket(transport)`
 * (server) or `tls.connect({ socket: transport })` (client).
 *
 * Outgoing records are wrapped until `unwrap()` (the client calls it on secureConnect) or until the
 * peer sends a bare TLS record (the peer has finished its handshake, so ours is too). Incoming bytes
 * are unwrapped while they arrive as TDS packets (type 0x12); a bare TLS record switches to pass-through.
 */
export class TdsTlsTransport extends Duplex {
  private wrapOutgoing = true;
  private rawIncoming = false;
  private readonly reader = new PacketReader();
  private packetId = 1;
  private readonly socket: Socket;

  constructor(socket: Socket, initial?: Buffer) {
    super();
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('end', () => this.push(null));
    socket.on('error', (error) => this.destroy(error));
    socket.on('close', () => this.push(null));
    if (initial?.length) queueMicrotask(() => this.receive(initial));
  }

  private receive(chunk: Buffer): void {
    if (this.rawIncoming) {
      this.push(chunk);
      return;
    }
    if (isTlsRecordStart(chunk[0]) && !this.reader.hasPartial()) {
      this.rawIncoming = true;
      this.wrapOutgoing = false;
      this.push(chunk);
      return;
    }
    try {
      for (const packet of this.reader.push(chunk)) this.push(packet.payload);
    } catch (error) {
      this.destroy(error as Error);
    }
  }

  /** Stop wrapping outgoing records (the local side's handshake is complete). */
  unwrap(): void {
    this.wrapOutgoing = false;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.socket.write(this.wrapOutgoing ? encodePacket(packetType.preLogin, chunk, this.packetId++) : chunk, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.socket.end(callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.destroy();
    callback(error);
  }
}
