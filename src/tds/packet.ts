/**
 * TDS packets (MS-TDS 2.2.3): an 8-byte header (type, status, big-endian length including the header,
 * SPID, packet id, window) and a payload. Only what the pre-login exchange needs.
 */
export const packetType = { preLogin: 0x12, tabularResult: 0x04, login7: 0x10 } as const;
const headerLength = 8;
const endOfMessage = 0x01;

export function encodePacket(type: number, payload: Uint8Array, packetId = 1): Buffer {
  const packet = Buffer.alloc(headerLength + payload.length);
  packet.writeUInt8(type, 0);
  packet.writeUInt8(endOfMessage, 1);
  packet.writeUInt16BE(packet.length, 2);
  packet.writeUInt16BE(0, 4);
  packet.writeUInt8(packetId & 0xff, 6);
  packet.writeUInt8(0, 7);
  packet.set(payload, headerLength);
  return packet;
}

export interface Packet {
  type: number;
  last: boolean;
  payload: Buffer;
}

/** Collects bytes from a stream and yields whole packets; rejects lengths no TDS peer sends. */
export class PacketReader {
  private buffer = Buffer.alloc(0);

  push(chunk: Buffer): Packet[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const packets: Packet[] = [];
    while (this.buffer.length >= headerLength) {
      const length = this.buffer.readUInt16BE(2);
      if (length < headerLength) throw new Error(`not a TDS packet (length ${length})`);
      if (this.buffer.length < length) break;
      packets.push({ type: this.buffer[0]!, last: (this.buffer[1]! & endOfMessage) !== 0, payload: this.buffer.subarray(headerLength, length) });
      this.buffer = this.buffer.subarray(length);
    }
    return packets;
  }

  /** Whether part of a packet is waiting for more bytes. */
  hasPartial(): boolean {
    return this.buffer.length > 0;
  }

  /** Bytes received after the last whole packet (e.g. raw TLS records once the handshake is over). */
  rest(): Buffer {
    const rest = this.buffer;
    this.buffer = Buffer.alloc(0);
    return rest;
  }
}

/**
 * A login-failed answer (ERROR token 18456 then DONE with the error bit), what SQL Server sends for a
 * wrong password. The lab answers LOGIN7 with it: a client that prints it got through the TLS handshake.
 */
export function encodeLoginFailed(user: string, serverName = 'LAB'): Buffer {
  const message = Buffer.from(`Login failed for user '${user}'.`, 'utf16le');
  const server = Buffer.from(serverName, 'utf16le');
  const body = Buffer.concat([
    Buffer.from([0x18, 0x48, 0x00, 0x00]), // number 18456, little-endian
    Buffer.from([0x01, 0x0e]), // state 1, class 14
    Buffer.from([(message.length / 2) & 0xff, (message.length / 2) >> 8]),
    message,
    Buffer.from([server.length / 2]),
    server,
    Buffer.from([0x00]), // no procedure name
    Buffer.from([0x01, 0x00, 0x00, 0x00]), // line 1
  ]);
  const error = Buffer.concat([Buffer.from([0xaa, body.length & 0xff, body.length >> 8]), body]);
  const done = Buffer.from([0xfd, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
  return encodePacket(packetType.tabularResult, Buffer.concat([error, done]));
}
